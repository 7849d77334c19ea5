// What a commune reads of a shared project: ages, never birth dates; labels, never identity.
import type { ProjectView } from '../../../../src/services/projects/project-view';
import {
  childrenAges,
  householdPhrase,
  presentAnonymisedProject,
} from '../../../../src/web/presenters/anonymised-project';

const NOW = new Date('2026-11-23T12:00:00Z');

const project: ProjectView = {
  id: '650000000000000000000001',
  ownerId: '650000000000000000000002',
  name: 'Nom du projet à ne jamais montrer',
  area: { communes: ['39198'], departements: [], regions: [], around: null },
  start: { year: 2027, month: 9 },
  household: {
    partner: { sectors: ['P', 'Q'], contracts: [] },
    children: [
      { birthYear: 2019, birthMonth: 6 },
      { birthYear: 2023, birthMonth: 5 },
    ],
  },
  housing: { tenure: 'location', roomsMin: 3, budgetMax: 900, furnished: false },
  premises: { kinds: [] },
  importance: {
    housing: 'indispensable',
    childcare: 'important',
    spouseJob: 'indispensable',
    premises: 'souhaitable',
    aid: 'souhaitable',
    need: 'sans-objet',
    distance: 'souhaitable',
  },
  favorites: [],
  revision: 1,
  createdAt: NOW,
  updatedAt: NOW,
};

describe('childrenAges', () => {
  it('gives ages, youngest first, in years from 3 years on', () => {
    expect(childrenAges(project.household.children, NOW)).toBe('3 et 7 ans');
  });

  it('gives months under 3 years, as crèche offers do, and "à naître" for a child born later', () => {
    expect(
      childrenAges(
        [
          { birthYear: 2026, birthMonth: 3 },
          { birthYear: 2025, birthMonth: 6 },
          { birthYear: 2027, birthMonth: 2 },
        ],
        NOW,
      ),
    ).toBe('à naître, 8 mois et 17 mois');
    expect(childrenAges([{ birthYear: 2024, birthMonth: 1 }], NOW)).toBe('34 mois');
    expect(childrenAges([{ birthYear: 2023, birthMonth: 11 }], NOW)).toBe('3 ans');
  });
});

describe('householdPhrase', () => {
  it('describes the shape of the household', () => {
    expect(householdPhrase(project.household, NOW)).toBe('couple avec 2 enfants (3 et 7 ans)');
    expect(householdPhrase({ partner: null, children: [] }, NOW)).toBe(
      'sans enfant ni conjoint(e) en recherche d’emploi',
    );
    expect(householdPhrase({ partner: { sectors: [], contracts: [] }, children: [] }, NOW)).toBe(
      'couple sans enfant',
    );
    expect(householdPhrase({ partner: null, children: [{ birthYear: 2021, birthMonth: 1 }] }, NOW)).toBe(
      '1 enfant (5 ans), sans conjoint(e) en recherche d’emploi',
    );
  });
});

describe('presentAnonymisedProject', () => {
  it('keeps labels and wishes, and nothing that identifies the person', () => {
    const shown = presentAnonymisedProject(
      project,
      {
        profession: 'infirmier',
        specialty: 'Spécialité privée',
        rpps: '12345678901',
        practiceMode: 'liberal',
        status: 'remplacant',
        shareAnonymised: true,
      },
      NOW,
    );
    expect(shown).toMatchObject({
      profession: 'Infirmier(ère)',
      status: 'Remplaçant(e)',
      household: 'couple avec 2 enfants (3 et 7 ans)',
      start: 'septembre 2027',
      indispensable: ['Logement', 'Emploi du conjoint'],
    });
    expect(shown.wishes).toEqual([
      {
        label: 'Logement',
        text: 'en location, d’au moins 3 pièces, à 900\u00a0€/mois au plus, non meublé, disponible en septembre 2027',
      },
      { label: 'Garde', text: 'pour les enfants (âge au début du projet : 4 et 8 ans)' },
      {
        label: 'Emploi du conjoint',
        text: 'secteurs : enseignement, santé humaine et action sociale ; tout contrat',
      },
      { label: 'Local professionnel', text: 'tout type de local' },
    ]);
    const text = JSON.stringify(shown);
    for (const secret of [
      'Nom du projet',
      'Spécialité privée',
      '12345678901',
      '2019',
      '2023',
      project.ownerId,
    ])
      expect(text).not.toContain(secret);
  });
});
