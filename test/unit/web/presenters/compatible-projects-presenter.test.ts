// The projects shared with a commune, as its staff lists them: best score first, then the soonest
// start, the projects the commune is not a candidate for last.
import type { CommuneAssessment } from '../../../../src/domain/matching/match-project';
import type { SharedProject } from '../../../../src/services/matching/shared-projects';
import { presentCompatibleProjects } from '../../../../src/web/presenters/compatible-projects-presenter';
import { doleProject } from '../../../support/projects';

const NOW = new Date('2026-11-23T12:00:00Z');

const shared = (id: string, start: { year: number; month: number }): SharedProject => ({
  project: {
    ...doleProject({ start }),
    id,
    ownerId: '650000000000000000000009',
    favorites: [],
    revision: 1,
    createdAt: NOW,
    updatedAt: NOW,
  },
  profile: {
    profession: 'infirmier',
    specialty: '',
    status: 'installe',
    practiceMode: 'liberal',
    rpps: '',
    shareAnonymised: true,
  },
});

const assessment = (score: number, ranked: boolean) =>
  ({ ranked, match: { score, missing: ranked ? [] : ['un logement'] } }) as unknown as CommuneAssessment;

describe('presentCompatibleProjects', () => {
  it('lists the best score first, then the soonest start, and those without a score last', () => {
    const scores: Record<string, CommuneAssessment | null> = {
      a: assessment(60, true),
      b: null,
      c: assessment(80, true),
      d: assessment(60, false),
    };
    const projects = presentCompatibleProjects(
      [
        shared('a', { year: 2028, month: 1 }),
        shared('b', { year: 2027, month: 1 }),
        shared('c', { year: 2029, month: 1 }),
        shared('d', { year: 2027, month: 6 }),
      ],
      ({ project }) => scores[project.id] ?? null,
      new Map([['c', NOW]]),
      NOW,
    );
    expect(projects.map((project) => project.proposeAction)).toEqual([
      '/commune/projets/c/proposition',
      '/commune/projets/d/proposition',
      '/commune/projets/a/proposition',
      '/commune/projets/b/proposition',
    ]);
    expect(projects[0]).toMatchObject({
      proposedAt: NOW,
      result: { score: 80, scoreBadge: 'fr-badge--success' },
    });
    expect(projects[1]?.result).toEqual({
      score: 60,
      scoreBadge: 'fr-badge--warning',
      ranked: false,
      missing: ['un logement'],
    });
    expect(projects[3]).toMatchObject({ result: null, proposedAt: null });
  });
});
