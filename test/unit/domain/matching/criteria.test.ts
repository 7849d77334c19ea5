import type { HousingWish, MatchingOffer, MatchingProject } from '../../../../src/domain/matching/types';
import { commune, importance, offer, project } from './fixtures';
import { criterionOf, matchOf, plain, run } from './helpers';

const dole = commune('39198', 'Dole', 0, { population: 23000 });

function assessOne(wanted: Partial<MatchingProject>, offers: MatchingOffer[]) {
  return matchOf(run(project(wanted), [dole], offers), dole.code);
}

describe('housing', () => {
  const wish = (overrides: Partial<HousingWish> = {}): Partial<MatchingProject> => ({
    housing: { tenure: 'location', roomsMin: 3, budgetMax: 650, furnished: null, ...overrides },
    importance: importance({ housing: 'important' }),
  });
  const housing = (wanted: Partial<MatchingProject>, details: Record<string, unknown>, extra = {}) =>
    criterionOf(assessOne(wanted, [offer(dole.code, 'logement', details, extra)]), 'housing');

  it('accepts a rent equal to the budget, not one euro more', () => {
    expect(housing(wish(), { price: 650 }).met).toBe('oui');
    expect(housing(wish(), { price: 651 }).met).toBe('non');
    expect(housing(wish({ budgetMax: null }), { price: 5000 }).met).toBe('oui');
  });

  it('wants at least the rooms asked for', () => {
    expect(housing(wish(), { rooms: 4 }).quality).toBe(1);
    expect(housing(wish(), { rooms: 2 }).quality).toBe(0);
  });

  it('matches a rental with a rental or a free loan, a purchase with a sale', () => {
    expect(housing(wish(), { tenure: 'vente', price: 500 }).met).toBe('non');
    expect(housing(wish({ budgetMax: 0 }), { tenure: 'mise-a-disposition', price: 900 }).met).toBe('oui');
    const buy = wish({ tenure: 'achat', budgetMax: 180000 });
    expect(housing(buy, { tenure: 'vente', price: 180000 }).met).toBe('oui');
    expect(housing(buy, { tenure: 'vente', price: 180001 }).met).toBe('non');
    expect(housing(buy, { tenure: 'location', price: 600 }).met).toBe('non');
    expect(housing(buy, { tenure: 'mise-a-disposition', price: 0 }).met).toBe('non');
  });

  it('reads an "indifferent" budget as monthly: sales only count without a budget', () => {
    expect(housing(wish({ tenure: 'indifferent' }), { tenure: 'location' }).met).toBe('oui');
    expect(housing(wish({ tenure: 'indifferent' }), { tenure: 'vente', price: 600 }).met).toBe('non');
    expect(
      housing(wish({ tenure: 'indifferent', budgetMax: null }), { tenure: 'vente', price: 2e5 }).met,
    ).toBe('oui');
  });

  it('respects a furnishing wish, and ignores furnishing when indifferent', () => {
    expect(housing(wish({ furnished: true }), { furnished: true }).met).toBe('oui');
    expect(housing(wish({ furnished: true }), { furnished: false }).met).toBe('non');
    expect(housing(wish({ furnished: false }), { furnished: true }).met).toBe('non');
    expect(housing(wish({ furnished: null }), { furnished: true }).met).toBe('oui');
  });

  it('wants the home available by the 1st of the start month', () => {
    const from = (date: string) => ({ availableFrom: new Date(date) });
    expect(housing(wish(), {}, from('2027-01-01T00:00:00Z')).met).toBe('oui');
    expect(housing(wish(), {}, from('2027-01-02T00:00:00Z')).met).toBe('non');
  });

  it('names the fitting homes, cheapest first, and the unfitting ones on a miss', () => {
    const match = assessOne(wish({ budgetMax: 700 }), [
      offer(dole.code, 'logement', { price: 700 }),
      offer(dole.code, 'logement', { price: 650 }, { availableFrom: new Date('2027-01-01T00:00:00Z') }),
    ]);
    const met = criterionOf(match, 'housing');
    expect(plain(met.explanation)).toBe(
      'Logement : T3 à 650 €/mois dès janvier 2027 ; T3 à 700 €/mois, disponible maintenant ✓',
    );
    expect(met.offers.map((entry) => entry.distanceKm)).toEqual([0, 0]);

    const missed = criterionOf(
      assessOne(wish(), [offer(dole.code, 'logement', { rooms: 2, price: 600, furnished: true })]),
      'housing',
    );
    expect(plain(missed.explanation)).toBe(
      'Logement : aucun logement en location, d’au moins 3 pièces, à 650 €/mois au plus, disponible en janvier 2027 ✗ (T2 meublé à 600 €/mois, disponible maintenant)',
    );
  });

  it('does not apply without a housing wish, even when indispensable', () => {
    const match = assessOne({ importance: importance({ housing: 'indispensable' }) }, [
      offer(dole.code, 'accueil'),
    ]);
    const housingMatch = criterionOf(match, 'housing');
    expect(housingMatch.applies).toBe(false);
    expect(housingMatch.explanation).toBe('Logement : pas de logement recherché');
    expect(match.missing).toEqual([]);
  });
});

describe('childcare', () => {
  const withChildren = (...births: [number, number][]): Partial<MatchingProject> => ({
    household: {
      partner: null,
      children: births.map(([birthYear, birthMonth]) => ({ birthYear, birthMonth })),
    },
    importance: importance({ childcare: 'important' }),
  });
  const crecheTenToThirtySix = () =>
    offer(dole.code, 'garde-enfants', { ageMinMonths: 10, ageMaxMonths: 36 });
  const childcare = (wanted: Partial<MatchingProject>, offers = [crecheTenToThirtySix()]) =>
    criterionOf(assessOne(wanted, offers), 'childcare');

  it('measures ages in whole months on the 1st of the start month, range boundaries included', () => {
    // Start: January 2027.
    expect(childcare(withChildren([2024, 1])).met).toBe('oui'); // 36 months
    expect(childcare(withChildren([2023, 12])).met).toBe('non'); // 37 months
    expect(childcare(withChildren([2026, 3])).met).toBe('oui'); // 10 months
    expect(childcare(withChildren([2026, 4])).met).toBe('non'); // 9 months
  });

  it('says which child has no place and what the commune offers', () => {
    const missed = childcare(withChildren([2023, 9]));
    expect(plain(missed.explanation)).toBe(
      'Garde : aucune place pour un enfant de 40 mois ✗ (micro-crèche de Dole : 10–36 mois)',
    );
  });

  it('counts several children proportionally', () => {
    const partial = childcare(withChildren([2025, 11], [2023, 9]));
    expect(partial.quality).toBe(0.5);
    expect(partial.met).toBe('partiel');
    expect(plain(partial.explanation)).toBe(
      'Garde : micro-crèche de Dole pour l’enfant de 14 mois ; aucune place pour un enfant de 40 mois ◐ (micro-crèche de Dole : 10–36 mois)',
    );
    const three = childcare(withChildren([2025, 11], [2023, 9], [2024, 6]));
    expect(three.quality).toBeCloseTo(2 / 3, 3);
    const both = childcare(withChildren([2025, 11], [2023, 9]), [
      crecheTenToThirtySix(),
      offer(dole.code, 'garde-enfants', { structure: 'periscolaire', ageMinMonths: 36, ageMaxMonths: 144 }),
    ]);
    expect(both.met).toBe('oui');
    expect(both.offers).toHaveLength(2);
  });

  it('wants the place open by the start', () => {
    const late = offer(
      dole.code,
      'garde-enfants',
      { ageMinMonths: 0, ageMaxMonths: 36 },
      { availableFrom: new Date('2027-03-01T00:00:00Z') },
    );
    const result = childcare(withChildren([2025, 11]), [late]);
    expect(result.met).toBe('non');
    expect(plain(result.explanation)).toContain('(micro-crèche de Dole : 0–36 mois, dès mars 2027)');
  });

  it('does not apply without children, or for a child born after the start', () => {
    expect(childcare({ importance: importance({ childcare: 'indispensable' }) }).applies).toBe(false);
    const unborn = childcare({
      ...withChildren([2027, 4]),
      importance: importance({ childcare: 'indispensable' }),
    });
    expect(unborn.applies).toBe(false);
    expect(unborn.explanation).toBe('Garde : pas d’enfant à faire garder');
  });
});

describe('spouse job', () => {
  const partner = (sectors: string[], contracts: string[]): Partial<MatchingProject> => ({
    household: { partner: { sectors, contracts } as never, children: [] },
    importance: importance({ spouseJob: 'important' }),
  });
  const job = (wanted: Partial<MatchingProject>) =>
    criterionOf(
      assessOne(wanted, [offer(dole.code, 'emploi-conjoint', { sector: 'M', contract: 'cdi' })]),
      'spouseJob',
    );

  it('takes any sector and contract when none is named', () => {
    expect(job(partner([], [])).met).toBe('oui');
    expect(plain(job(partner([], [])).explanation)).toBe('Emploi du conjoint : comptable (CDI) ✓');
  });

  it('filters on the wished sectors and contracts', () => {
    expect(job(partner(['M', 'P'], [])).met).toBe('oui');
    expect(job(partner(['P'], [])).met).toBe('non');
    expect(job(partner([], ['cdi', 'cdd'])).met).toBe('oui');
    expect(job(partner(['M'], ['fonction-publique'])).met).toBe('non');
    expect(plain(job(partner(['P'], ['cdi'])).explanation)).toBe(
      'Emploi du conjoint : aucun poste pour le conjoint (secteur : Enseignement ; contrat : CDI) ✗ (comptable, CDI, Activités spécialisées, scientifiques et techniques)',
    );
  });

  it('does not apply without a partner', () => {
    expect(job({ importance: importance({ spouseJob: 'indispensable' }) }).applies).toBe(false);
  });
});

describe('premises, aid and need', () => {
  it('matches premises of a wished kind, any kind when none is named', () => {
    const premises = (kinds: string[]) =>
      criterionOf(
        assessOne({ premises: { kinds } as never, importance: importance({ premises: 'important' }) }, [
          offer(dole.code, 'local-professionnel'),
        ]),
        'premises',
      );
    expect(premises([]).met).toBe('oui');
    expect(premises(['place-msp', 'cabinet']).met).toBe('oui');
    expect(premises(['cabinet']).met).toBe('non');
    expect(plain(premises([]).explanation)).toBe(
      'Local professionnel : place en maison de santé (MSP), 24 m², 350 €/mois ✓',
    );
    expect(plain(premises(['cabinet', 'centre-sante']).explanation)).toMatch(
      /^Local professionnel : aucun local professionnel de type cabinet individuel ou centre de santé ✗/,
    );
  });

  it('meets the aid criterion with any aid, showing amounts and commitments', () => {
    const match = assessOne({ importance: importance({ aid: 'important' }) }, [
      offer(dole.code, 'aide-financiere', { amountEur: 5000, commitmentMonths: 0 }),
      offer(dole.code, 'aide-financiere', { amountEur: 10000, commitmentMonths: 36 }),
    ]);
    const aid = criterionOf(match, 'aid');
    expect(aid.met).toBe('oui');
    expect(aid.explanation).toBe(
      'Aide financière : 10\u202f000\u00a0€ avec un engagement de 36 mois ; 5\u202f000\u00a0€ sans engagement ✓',
    );
    const none = criterionOf(
      assessOne({ importance: importance({ aid: 'important' }) }, [offer(dole.code, 'accueil')]),
      'aid',
    );
    expect(none.explanation).toBe('Aide financière : aucune aide proposée ✗');
  });

  it('meets the need criterion when the commune states a need', () => {
    const needy = commune('39198', 'Dole', 0, { healthNeed: 'Deux médecins partent à la retraite' });
    const result = run(
      project({ importance: importance({ need: 'important' }) }),
      [needy],
      [offer(needy.code, 'accueil')],
    );
    expect(criterionOf(matchOf(result, '39198'), 'need').explanation).toBe(
      'Besoin du territoire : « Deux médecins partent à la retraite » ✓',
    );
    const blank = commune('39198', 'Dole', 0, { healthNeed: '  ' });
    const none = run(
      project({ importance: importance({ need: 'important' }) }),
      [blank],
      [offer(blank.code, 'accueil')],
    );
    expect(criterionOf(matchOf(none, '39198'), 'need').met).toBe('non');
  });
});

describe('distance', () => {
  const centre = commune('39198', 'Dole', 0);
  const mid = commune('39001', 'Abergement', 15);
  const far = commune('39002', 'Loin', 45);
  const offers = [offer(centre.code, 'accueil'), offer(mid.code, 'accueil'), offer(far.code, 'accueil')];

  it('falls linearly from 1 at the around commune to 0 at the radius', () => {
    const result = run(
      project({
        area: { around: { commune: '39198', radiusKm: 30 }, communes: ['39002'] },
        importance: importance({ distance: 'important' }),
      }),
      [centre, mid, far],
      offers,
    );
    expect(criterionOf(matchOf(result, '39198'), 'distance').quality).toBe(1);
    expect(criterionOf(matchOf(result, '39001'), 'distance').quality).toBe(0.5);
    expect(matchOf(result, '39001').score).toBe(50);
    const beyond = matchOf(result, '39002');
    expect(criterionOf(beyond, 'distance').quality).toBe(0);
    expect(plain(criterionOf(beyond, 'distance').explanation)).toBe(
      'Distance : à 45 km de Dole (au-delà de 30 km)',
    );
    expect(criterionOf(matchOf(result, '39198'), 'distance').explanation).toBe(
      'Distance : commune de référence du projet',
    );
  });

  it('is never a reason to leave a commune out', () => {
    const result = run(
      project({
        area: { around: { commune: '39198', radiusKm: 30 }, communes: ['39002'] },
        importance: importance({ distance: 'indispensable' }),
      }),
      [centre, mid, far],
      offers,
    );
    expect(result.almost).toEqual([]);
    expect(matchOf(result, '39002').score).toBe(0);
  });

  it('measures from the centroid of the area, over 100 km, without "around"', () => {
    const other = commune('39003', 'Autre', 44);
    const result = run(
      project({ area: { communes: ['39198', '39003'] } }),
      [centre, other],
      [...offers, offer(other.code, 'accueil')],
    );
    const match = matchOf(result, '39198');
    expect(match.distanceKm).toBe(22);
    expect(criterionOf(match, 'distance').quality).toBe(0.78);
    expect(plain(criterionOf(match, 'distance').explanation)).toBe(
      'Distance : à 22 km du centre de la zone recherchée',
    );
  });
});
