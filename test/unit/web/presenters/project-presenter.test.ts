// The professional's projects as their pages name them: the area in words, the links, the titles.
import type { ProjectView } from '../../../../src/services/projects/project-view';
import {
  areaSummary,
  describeProject,
  presentProfessionalHome,
  presentProjectForm,
} from '../../../../src/web/presenters/project-presenter';
import { doleProject } from '../../../support/projects';

const names = {
  communes: {
    details: (code: string) =>
      ({
        '39198': { nom: 'Dole', departement: { code: '39' } },
        '25462': { nom: 'Pontarlier', departement: { code: '25' } },
      })[code],
  },
  gazetteer: {
    departement: (code: string) => (code === '39' ? { nom: 'Jura' } : undefined),
    region: (code: string) => (code === '27' ? { nom: 'Bourgogne-Franche-Comté' } : undefined),
  },
};

const NOW = new Date('2026-11-23T12:00:00Z');
const stored = (overrides: Partial<ProjectView> = {}): ProjectView => ({
  ...doleProject(),
  id: '650000000000000000000001',
  ownerId: '650000000000000000000002',
  favorites: [],
  revision: 3,
  createdAt: NOW,
  updatedAt: NOW,
  ...overrides,
});

describe('areaSummary', () => {
  it('names communes, départements, régions and the radius in the order of the form', () => {
    expect(
      areaSummary(names, {
        communes: ['39198'],
        departements: ['39'],
        regions: ['27'],
        around: { commune: '25462', radiusKm: 30 },
      }),
    ).toBe(
      'Dole (39), département Jura (39), région Bourgogne-Franche-Comté, 30 km autour de Pontarlier (25)',
    );
  });

  it('falls back on the codes of places it does not know', () => {
    expect(
      areaSummary(names, { communes: ['99999'], departements: ['2A'], regions: ['94'], around: null }),
    ).toBe('99999, département 2A (2A), région 94');
  });
});

describe('describeProject', () => {
  it('gives the start in words and the links of the project', () => {
    expect(describeProject(names, stored())).toMatchObject({
      area: '30 km autour de Dole (39)',
      start: 'septembre 2027',
      editHref: '/professionnel/projets/650000000000000000000001/modifier',
      resultsHref: '/professionnel/projets/650000000000000000000001/resultats',
      deleteHref: '/professionnel/projets/650000000000000000000001/suppression',
    });
  });
});

describe('presentProfessionalHome', () => {
  it('says "Mes projets" for several projects and shows the profile in words', () => {
    const home = presentProfessionalHome(
      names,
      {
        professional: {
          profession: 'medecin-generaliste',
          specialty: '',
          status: 'installe',
          practiceMode: 'liberal',
          rpps: '',
          shareAnonymised: true,
        },
      },
      [stored(), stored({ id: '650000000000000000000003' })],
    );
    expect(home.title).toBe('Mes projets d’installation');
    expect(home.profile).toEqual({
      profession: 'Médecin généraliste',
      specialty: '',
      status: 'Installé(e)',
      shareAnonymised: true,
    });
    expect(home.projects).toHaveLength(2);
  });

  it('says "Mon projet" without a profile', () => {
    const home = presentProfessionalHome(names, { professional: null }, [stored()]);
    expect(home).toMatchObject({ title: 'Mon projet d’installation', profile: null });
  });
});

describe('presentProjectForm', () => {
  const withLists = {
    ...names,
    gazetteer: { ...names.gazetteer, departements: () => [], regions: () => [] },
  };

  it('posts a new project to the list, an edited one to itself', () => {
    expect(presentProjectForm(withLists, { values: {} })).toMatchObject({
      title: 'Nouveau projet d’installation',
      action: '/professionnel/projets',
      conflict: false,
      tried: false,
    });
    expect(
      presentProjectForm(withLists, { values: {}, project: stored({ name: 'Jura' }), conflict: true }),
    ).toMatchObject({
      title: 'Modifier le projet « Jura »',
      action: '/professionnel/projets/650000000000000000000001',
      conflict: true,
    });
  });
});
