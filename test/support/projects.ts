// An installation project as tests write it: a family of three around Dole (30 km), housing
// indispensable, childcare important, aid and distance wished. Override what a test is about
// (`importance`: only the criteria named change).
import type { ProjectInput } from '../../src/services/projects/project-view';

export const DOLE_PROJECT: ProjectInput = {
  name: 'Projet autour de Dole',
  area: { communes: [], departements: [], regions: [], around: { commune: '39198', radiusKm: 30 } },
  start: { year: 2027, month: 9 },
  household: { partner: null, children: [{ birthYear: 2026, birthMonth: 1 }] },
  housing: { tenure: 'location', roomsMin: 3, budgetMax: 1000, furnished: null },
  premises: null,
  importance: {
    housing: 'indispensable',
    childcare: 'important',
    spouseJob: 'sans-objet',
    premises: 'sans-objet',
    aid: 'souhaitable',
    need: 'sans-objet',
    distance: 'souhaitable',
  },
};

/** What a test changes: any field, and the importance of only the criteria it names. */
export type ProjectOverrides = Partial<Omit<ProjectInput, 'importance'>> & {
  importance?: Partial<ProjectInput['importance']>;
};

export const doleProject = (overrides: ProjectOverrides = {}): ProjectInput => ({
  ...DOLE_PROJECT,
  ...overrides,
  importance: { ...DOLE_PROJECT.importance, ...overrides.importance },
});
