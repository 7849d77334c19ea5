// The demo professionals' projects: deterministic (the seed stays idempotent), one to three each,
// and varied from one person to the next.
import { type DemoTerritory, demoProjectsFor } from '../../../src/services/demo/demo-projects';

const BRETAGNE: DemoTerritory = {
  region: '53',
  regionNom: 'Bretagne',
  communes: [
    { code: '22278', nom: 'Saint-Brieuc', departement: '22', departementNom: 'Côtes-d’Armor' },
    { code: '22113', nom: 'Lannion', departement: '22', departementNom: 'Côtes-d’Armor' },
    { code: '29103', nom: 'Morlaix', departement: '29', departementNom: 'Finistère' },
  ],
};
const JURA: DemoTerritory = {
  region: '27',
  regionNom: 'Bourgogne-Franche-Comté',
  communes: [{ code: '39198', nom: 'Dole', departement: '39', departementNom: 'Jura' }],
};
const today = new Date('2026-12-03T08:00:00Z');

describe('demoProjectsFor', () => {
  it('gives the same projects for the same person', () => {
    expect(demoProjectsFor(7, [BRETAGNE, JURA], today)).toEqual(demoProjectsFor(7, [BRETAGNE, JURA], today));
  });

  it('gives one to three coherent projects, starting after today, varied across people', () => {
    const all = Array.from({ length: 40 }, (_, index) => demoProjectsFor(index + 1, [BRETAGNE, JURA], today));
    for (const projects of all) {
      expect(projects.length).toBeGreaterThanOrEqual(1);
      expect(projects.length).toBeLessThanOrEqual(3);
      for (const project of projects) {
        expect(project.start.year * 12 + project.start.month).toBeGreaterThan(2026 * 12 + 12);
        for (const child of project.household.children)
          expect(child.birthYear * 12 + child.birthMonth).toBeLessThan(2026 * 12 + 12);
        const { area } = project;
        const parts =
          (area.communes?.length ?? 0) + (area.departements?.length ?? 0) + (area.regions?.length ?? 0);
        expect(parts > 0 || area.around !== null).toBe(true);
      }
    }
    const flat = all.flat();
    expect(new Set(flat.map((project) => JSON.stringify(project.area))).size).toBeGreaterThan(10);
    expect(new Set(flat.map((project) => project.household.children.length)).size).toBeGreaterThan(2);
    expect(new Set(flat.map((project) => project.housing?.tenure ?? 'aucun')).size).toBeGreaterThan(2);
    expect(new Set(flat.map((project) => JSON.stringify(project.importance))).size).toBeGreaterThan(2);
  });

  it('puts the first project over the whole région when asked (the conversations belong to it)', () => {
    const [first] = demoProjectsFor(3, [BRETAGNE], today, true);
    expect(first?.area.regions).toEqual(['53']);
  });
});
