import { ageInMonths, startDateOf } from '../../../../src/domain/matching/child-age';
import {
  either,
  euros,
  inPlace,
  kilometres,
  lowerFirst,
  monthYear,
  ofPlace,
} from '../../../../src/domain/matching/french';
import { commune, importance, offer, project } from './fixtures';
import { criterionOf, run } from './helpers';

describe('dates', () => {
  it('starts a project on the 1st of its month, UTC, and counts whole months', () => {
    expect(startDateOf({ year: 2027, month: 1 }).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(ageInMonths({ birthYear: 2023, birthMonth: 9 }, { year: 2027, month: 1 })).toBe(40);
    expect(ageInMonths({ birthYear: 2027, birthMonth: 1 }, { year: 2027, month: 1 })).toBe(0);
    expect(ageInMonths({ birthYear: 2027, birthMonth: 3 }, { year: 2027, month: 1 })).toBe(-2);
  });
});

describe('French formatting', () => {
  it('writes months, euros and kilometres as fr-FR does', () => {
    expect(monthYear(new Date('2027-08-01T00:00:00Z'))).toBe('août 2027');
    expect(euros(650)).toBe('650\u00a0€');
    expect(euros(185000)).toBe('185\u202f000\u00a0€');
    expect(euros(12.5)).toBe('12,50\u00a0€');
    expect(kilometres(4.24)).toBe('4,2\u00a0km');
    expect(kilometres(24.6)).toBe('25\u00a0km');
  });

  it('puts the right preposition before a commune’s name', () => {
    expect(ofPlace('Dole')).toBe('de Dole');
    expect(ofPlace('Auxerre')).toBe('d’Auxerre');
    expect(ofPlace('Le Creusot')).toBe('du Creusot');
    expect(ofPlace('Les Rousses')).toBe('des Rousses');
    expect(ofPlace('La Rochelle')).toBe('de La Rochelle');
    expect(inPlace('Le Creusot')).toBe('au Creusot');
    expect(inPlace('Les Rousses')).toBe('aux Rousses');
    expect(inPlace('Lons-le-Saunier')).toBe('à Lons-le-Saunier');
  });

  it('lowers a job title but not an acronym, and lists choices', () => {
    expect(lowerFirst('Comptable')).toBe('comptable');
    expect(lowerFirst('IDE de nuit')).toBe('IDE de nuit');
    expect(either(['CDI', 'CDD', 'Intérim'])).toBe('CDI, CDD ou Intérim');
  });
});

describe('explanations', () => {
  it('reads like the issue’s example for a home', () => {
    const dole = commune('39198', 'Dole', 0);
    const result = run(
      project({
        housing: { tenure: 'location', roomsMin: 3, budgetMax: 700, furnished: null },
        importance: importance({ housing: 'indispensable' }),
      }),
      [dole],
      [offer(dole.code, 'logement', {}, { availableFrom: new Date('2027-01-01T00:00:00Z') })],
    );
    const [match] = result.ranked;
    expect(match && criterionOf(match, 'housing').explanation).toBe(
      'Logement : T3 à 650\u00a0€/mois dès janvier 2027 ✓',
    );
  });

  describe('names every matching offer of a criterion, up to three, then counts the others', () => {
    const dole = commune('39198', 'Dole', 0);
    const withChild = project({
      start: { year: 2027, month: 1 },
      household: { partner: null, children: [{ birthYear: 2025, birthMonth: 1 }] },
      importance: importance({ childcare: 'important', aid: 'souhaitable' }),
    });
    const creche = (structure: string) => offer(dole.code, 'garde-enfants', { structure });
    const explained = (offers: ReturnType<typeof offer>[], criterion: 'childcare' | 'aid') => {
      const [match] = run(withChild, [dole], offers).ranked;
      if (!match) throw new Error('no match');
      return criterionOf(match, criterion);
    };

    it('names a second crèche for the same child', () => {
      const childcare = explained([creche('micro-creche'), creche('creche')], 'childcare');
      expect(childcare.explanation).toMatch(
        /^Garde : micro-crèche de Dole ou crèche de Dole pour l’enfant de 24 mois ✓$/,
      );
      expect(childcare.offers).toHaveLength(2);
    });

    it('names three crèches, then « et 1 autre offre »', () => {
      const childcare = explained(
        ['micro-creche', 'creche', 'assistant-maternel', 'micro-creche'].map(creche),
        'childcare',
      );
      expect(childcare.explanation).toMatch(/ ou .* \(et 1 autre offre\) pour l’enfant de 24 mois ✓$/);
      expect(childcare.explanation.match(/de Dole/g)).toHaveLength(3);
      expect(childcare.offers).toHaveLength(4);
    });

    it('names three aids, then « et N autres offres »', () => {
      const aids = [1000, 2000, 3000, 4000, 5000].map((amountEur) =>
        offer(dole.code, 'aide-financiere', { amountEur }),
      );
      const aid = explained(aids, 'aid');
      expect(aid.explanation.split(' ; ')).toHaveLength(3);
      expect(aid.explanation).toContain('(et 2 autres offres)');
    });
  });
});
