import type { MatchingProject } from '../../../../src/domain/matching/types';
import { commune, geographyOf, importance, NOW, offer, project } from './fixtures';
import { codes, criterionOf, matchOf, plain, run } from './helpers';
import { matchProject } from '../../../../src/domain/matching/match-project';

const dole = commune('39198', 'Dole', 0, { population: 23000 });
const foucherans = commune('39232', 'Foucherans', 5, { population: 2000 });
const tavaux = commune('39526', 'Tavaux', 20, { population: 4000 });
const lons = commune('39300', 'Lons-le-Saunier', 25, { population: 17000 });
const far = commune('39478', 'Saint-Claude', 31, { population: 9000 });
const outside = commune('21231', 'Dijon', 10, { region: '11', departement: '21', population: 150000 });

describe('candidates', () => {
  it('only keeps communes of the area with an offer open to the project', () => {
    const offers = [
      offer(dole.code, 'accueil'),
      offer(foucherans.code, 'accueil', {}, { professions: ['infirmier'] }),
      offer(tavaux.code, 'accueil', {}, { audiences: ['remplacement'] }),
      offer(lons.code, 'accueil', {}, { expiresAt: new Date('2026-10-01T00:00:00Z') }),
      offer(far.code, 'accueil', {}, { status: 'brouillon' }),
      offer(outside.code, 'accueil'),
    ];
    const result = run(project(), [dole, foucherans, tavaux, lons, far, outside], offers);
    expect(codes(result.ranked)).toEqual(['39198']);
    expect(result.almost).toEqual([]);
  });

  it('opens offers to the audience of the project’s status', () => {
    const offers = [
      offer(dole.code, 'accueil', {}, { audiences: ['installation'] }),
      offer(foucherans.code, 'accueil', {}, { audiences: ['remplacement'] }),
      offer(tavaux.code, 'accueil', {}, { audiences: ['interne-etudiant'] }),
      offer(lons.code, 'accueil', {}, { professions: ['medecin-generaliste', 'sage-femme'] }),
    ];
    const ran = (status: MatchingProject['status']) =>
      codes(run(project({ status }), [dole, foucherans, tavaux, lons], offers).ranked).sort();
    expect(ran('installe')).toEqual(['39198', '39300']);
    expect(ran('remplacant')).toEqual(['39232', '39300']);
    expect(ran('interne')).toEqual(['39300', '39526']);
    expect(ran('etudiant')).toEqual(['39300', '39526']);
  });

  it('returns nothing for an empty area or a world without offers', () => {
    const nothing = { ranked: [], almost: [], rankedTotal: 0, almostTotal: 0 };
    expect(run(project({ area: {} }), [dole], [offer(dole.code, 'accueil')])).toEqual(nothing);
    expect(run(project({ area: { communes: ['99999'] } }), [dole], [offer(dole.code, 'accueil')])).toEqual(
      nothing,
    );
    expect(run(project(), [dole, lons], [])).toEqual(nothing);
  });

  it('combines communes, départements, régions and a radius', () => {
    const communes = [dole, foucherans, tavaux, lons, far, outside];
    const offers = communes.map((entry) => offer(entry.code, 'accueil'));
    const area = (wanted: MatchingProject['area']) =>
      codes(run(project({ area: wanted }), communes, offers).ranked).sort();
    expect(area({ communes: ['21231'], departements: ['39'] })).toHaveLength(6);
    expect(area({ around: { commune: '39198', radiusKm: 6 } })).toEqual(['39198', '39232']);
    expect(area({ around: { commune: '39198', radiusKm: 6 }, communes: ['39300'] })).toEqual([
      '39198',
      '39232',
      '39300',
    ]);
    expect(area({ regions: ['11'] })).toEqual(['21231']);
  });

  it('reads each commune’s offers once, and searches each commune’s neighbourhood once at most', () => {
    const communes = [dole, foucherans, tavaux, lons, far];
    const geography = geographyOf(
      communes,
      communes.map((entry) => offer(entry.code, 'emploi-conjoint', { sector: 'Q' })),
    );
    matchProject(
      project({
        household: { partner: { sectors: ['M'], contracts: [] }, children: [] },
        importance: importance({ spouseJob: 'important' }),
      }),
      geography,
      { now: NOW },
    );
    expect(geography.calls.communesWithin).toBeLessThanOrEqual(communes.length);
    expect(geography.calls.offersOf).toBe(communes.length);
  });
});

describe('importance and score', () => {
  const offers = [
    offer(dole.code, 'logement'),
    offer(lons.code, 'aide-financiere'),
    offer(lons.code, 'logement', { price: 2000 }),
  ];
  const wanted = (housing: 'indispensable' | 'souhaitable'): MatchingProject =>
    project({
      housing: { tenure: 'location', roomsMin: 2, budgetMax: 800, furnished: null },
      importance: importance({ housing, aid: 'important' }),
    });

  it('puts a commune that misses an indispensable criterion in the "almost" list, saying what it lacks', () => {
    const result = run(wanted('indispensable'), [dole, lons], offers);
    expect(codes(result.ranked)).toEqual(['39198']);
    expect(codes(result.almost)).toEqual(['39300']);
    const almost = matchOf(result, '39300');
    expect(almost.missing.map(plain)).toEqual([
      'Logement : un logement en location, d’au moins 2 pièces, à 800 €/mois au plus, disponible en janvier 2027',
    ]);
    expect(almost.score).toBe(40); // aid 2 × 1 over housing 3 + aid 2
    expect(matchOf(result, '39198').missing).toEqual([]);
  });

  it('only lowers the score of a commune that misses a "souhaitable" criterion', () => {
    const result = run(wanted('souhaitable'), [dole, lons], offers);
    expect(result.almost).toEqual([]);
    expect(codes(result.ranked)).toEqual(['39300', '39198']);
    const [first, second] = [matchOf(result, '39300'), matchOf(result, '39198')];
    expect(first.score).toBe(67);
    expect(second.score).toBe(33);
    expect(criterionOf(first, 'aid')).toMatchObject({
      points: 66.7,
      maxPoints: 66.7,
      applies: true,
      met: 'oui',
    });
    expect(criterionOf(first, 'housing')).toMatchObject({ points: 0, maxPoints: 33.3, met: 'non' });
    expect(criterionOf(first, 'premises')).toMatchObject({ points: 0, maxPoints: 0, applies: false });
  });

  it('falls back on distance alone when no criterion applies', () => {
    const result = run(
      project({ area: { around: { commune: '39198', radiusKm: 40 } } }),
      [dole, tavaux],
      [offer(dole.code, 'accueil'), offer(tavaux.code, 'accueil')],
    );
    expect(result.ranked.map((entry) => entry.score)).toEqual([100, 50]);
    expect(criterionOf(matchOf(result, '39526'), 'distance')).toMatchObject({ points: 50, maxPoints: 100 });
  });

  it('cuts the lists at maxResults', () => {
    const communes = [dole, foucherans, tavaux, lons];
    const result = run(
      project(),
      communes,
      communes.map((entry) => offer(entry.code, 'accueil')),
      {
        maxResults: 2,
      },
    );
    expect(result.ranked).toHaveLength(2);
  });
});

describe('ties', () => {
  it('breaks equal scores by distance, then population, then code', () => {
    const a = commune('39010', 'A', 10, { population: 500 });
    const b = commune('39011', 'B', 10, { population: 800 });
    const c = commune('39012', 'C', 10, { population: 800 });
    const near = commune('39013', 'Proche', 2, { population: 10 });
    const communes = [a, b, c, near];
    const result = run(
      project({
        area: { around: { commune: '39198', radiusKm: 50 } },
        importance: importance({ aid: 'important' }),
      }),
      [dole, ...communes],
      communes.map((entry) => offer(entry.code, 'aide-financiere')),
    );
    expect(result.ranked.map((entry) => entry.score)).toEqual([100, 100, 100, 100]);
    expect(codes(result.ranked)).toEqual(['39013', '39011', '39012', '39010']);
  });
});

describe('nearby offers', () => {
  const partnerProject = project({
    household: { partner: { sectors: [], contracts: ['cdi'] }, children: [] },
    importance: importance({ spouseJob: 'important' }),
  });

  it('counts a job in a neighbouring commune for half, and says where it is', () => {
    const result = run(
      partnerProject,
      [dole, lons],
      [
        offer(dole.code, 'accueil'),
        offer(lons.code, 'emploi-conjoint', { jobTitle: 'Comptable', contract: 'cdi' }),
      ],
    );
    const job = criterionOf(matchOf(result, '39198'), 'spouseJob');
    expect(job.quality).toBe(0.5);
    expect(job.met).toBe('oui');
    expect(job.points).toBe(50);
    expect(plain(job.explanation)).toBe(
      'Emploi du conjoint : comptable (CDI) à Lons-le-Saunier, à 25 km ✓ (offre voisine, compte pour moitié)',
    );
    expect(job.offers).toEqual([
      {
        id: expect.any(String),
        title: expect.any(String),
        commune: '39300',
        communeNom: 'Lons-le-Saunier',
        distanceKm: 25,
      },
    ]);
    expect(criterionOf(matchOf(result, '39300'), 'spouseJob').quality).toBe(1);
  });

  it('prefers the commune’s own offer to a nearby one', () => {
    const result = run(
      partnerProject,
      [dole, foucherans],
      [offer(dole.code, 'emploi-conjoint'), offer(foucherans.code, 'emploi-conjoint')],
    );
    expect(criterionOf(matchOf(result, '39198'), 'spouseJob').offers.map((entry) => entry.commune)).toEqual([
      '39198',
    ]);
  });

  it('applies the penalty given in the options', () => {
    const result = run(
      partnerProject,
      [dole, lons],
      [offer(dole.code, 'accueil'), offer(lons.code, 'emploi-conjoint')],
      {
        nearbyPenalty: 0.25,
      },
    );
    const job = criterionOf(matchOf(result, '39198'), 'spouseJob');
    expect(job.quality).toBe(0.25);
    expect(plain(job.explanation)).toMatch(/\(offre voisine, compte pour 25 %\)$/);
  });

  it('limits each criterion to its commuting distance', () => {
    // Childcare: 20 km; spouse job: 30 km; housing and premises: the commune itself.
    const withChild = project({
      household: { partner: { sectors: [], contracts: [] }, children: [{ birthYear: 2025, birthMonth: 6 }] },
      housing: { tenure: 'location', roomsMin: 1, budgetMax: null, furnished: null },
      premises: { kinds: [] },
      importance: importance({
        childcare: 'important',
        spouseJob: 'important',
        housing: 'important',
        premises: 'important',
      }),
    });
    const communes = [dole, foucherans, tavaux, lons, far];
    const offers = [
      offer(dole.code, 'accueil'),
      offer(foucherans.code, 'logement'),
      offer(foucherans.code, 'local-professionnel'),
      offer(tavaux.code, 'garde-enfants', { ageMinMonths: 0, ageMaxMonths: 36 }),
      offer(lons.code, 'garde-enfants', { ageMinMonths: 0, ageMaxMonths: 36 }),
      offer(far.code, 'emploi-conjoint'),
    ];
    const match = matchOf(run(withChild, communes, offers), '39198');
    expect(criterionOf(match, 'childcare').offers.map((entry) => entry.commune)).toEqual(['39526']);
    expect(plain(criterionOf(match, 'childcare').explanation)).toBe(
      'Garde : micro-crèche de Tavaux, à 20 km, pour l’enfant de 19 mois ✓ (offre voisine, compte pour moitié)',
    );
    expect(criterionOf(match, 'spouseJob').met).toBe('non');
    expect(criterionOf(match, 'housing').met).toBe('non');
    expect(criterionOf(match, 'premises').met).toBe('non');

    const wider = matchOf(
      run(withChild, communes, offers, { commuteKm: { spouseJob: 31, housing: 5, premises: 5 } }),
      '39198',
    );
    expect(criterionOf(wider, 'spouseJob').offers.map((entry) => entry.distanceKm)).toEqual([31]);
    expect(criterionOf(wider, 'housing').quality).toBe(0.5);
    expect(criterionOf(wider, 'premises').quality).toBe(0.5);
  });

  it('ignores nearby offers that are not open to the project', () => {
    const result = run(
      partnerProject,
      [dole, foucherans],
      [
        offer(dole.code, 'accueil'),
        offer(foucherans.code, 'emploi-conjoint', {}, { professions: ['infirmier'] }),
        offer(foucherans.code, 'emploi-conjoint', {}, { status: 'pourvue' }),
      ],
    );
    expect(criterionOf(matchOf(result, '39198'), 'spouseJob').met).toBe('non');
  });

  it('finds offers beyond the area’s edge', () => {
    const result = run(
      { ...partnerProject, area: { communes: ['39198'] } },
      [dole, foucherans],
      [offer(dole.code, 'accueil'), offer(foucherans.code, 'emploi-conjoint')],
    );
    expect(codes(result.ranked)).toEqual(['39198']);
    expect(criterionOf(matchOf(result, '39198'), 'spouseJob').quality).toBe(0.5);
  });

  it('uses a nearby place for the child the commune cannot take', () => {
    const twoChildren = project({
      household: {
        partner: null,
        children: [
          { birthYear: 2025, birthMonth: 11 },
          { birthYear: 2022, birthMonth: 1 },
        ],
      },
      importance: importance({ childcare: 'indispensable' }),
    });
    const result = run(
      twoChildren,
      [dole, foucherans],
      [
        offer(dole.code, 'garde-enfants', { structure: 'creche', ageMinMonths: 0, ageMaxMonths: 36 }),
        offer(foucherans.code, 'garde-enfants', {
          structure: 'periscolaire',
          ageMinMonths: 36,
          ageMaxMonths: 144,
        }),
      ],
    );
    const childcare = criterionOf(matchOf(result, '39198'), 'childcare');
    expect(childcare.quality).toBe(0.75);
    expect(childcare.met).toBe('oui');
    expect(plain(childcare.explanation)).toBe(
      'Garde : crèche de Dole pour l’enfant de 14 mois ; accueil périscolaire de Foucherans, à 5 km, pour l’enfant de 60 mois ✓ (offre voisine, compte pour moitié)',
    );
  });
});

describe('French wording', () => {
  it('formats euros as fr-FR does and names months in French', () => {
    const result = run(
      project({
        housing: { tenure: 'achat', roomsMin: 4, budgetMax: 250000, furnished: null },
        importance: importance({ housing: 'important' }),
      }),
      [commune('71270', 'Le Creusot', 0)],
      [
        offer(
          '71270',
          'logement',
          { tenure: 'vente', rooms: 5, price: 185000, housingKind: 'maison' },
          {
            availableFrom: new Date('2026-12-01T00:00:00Z'),
          },
        ),
      ],
    );
    expect(criterionOf(matchOf(result, '71270'), 'housing').explanation).toBe(
      'Logement : T5 en vente à 185\u202f000\u00a0€ dès décembre 2026 ✓',
    );
  });

  it('names communes with the right preposition', () => {
    const result = run(
      project({
        household: { partner: { sectors: [], contracts: [] }, children: [] },
        importance: importance({ spouseJob: 'important' }),
      }),
      [commune('71270', 'Le Creusot', 0), commune('89024', 'Auxerre', 3)],
      [
        offer('71270', 'accueil'),
        offer('89024', 'emploi-conjoint', { jobTitle: 'Infirmier scolaire', contract: 'fonction-publique' }),
      ],
    );
    expect(plain(criterionOf(matchOf(result, '71270'), 'spouseJob').explanation)).toBe(
      'Emploi du conjoint : infirmier scolaire (Fonction publique) à Auxerre, à 3 km ✓ (offre voisine, compte pour moitié)',
    );
  });
});

describe('the README’s worked example', () => {
  it('scores Foucherans 68', () => {
    const doleHere = commune('39198', 'Dole', 0, { population: 23000 });
    const foucheransHere = commune('39232', 'Foucherans', 5, { population: 2000 });
    const result = run(
      project({
        area: { around: { commune: '39198', radiusKm: 30 } },
        household: {
          partner: { sectors: [], contracts: ['cdi'] },
          children: [{ birthYear: 2025, birthMonth: 9 }],
        },
        housing: { tenure: 'location', roomsMin: 3, budgetMax: 700, furnished: null },
        importance: {
          housing: 'indispensable',
          childcare: 'important',
          spouseJob: 'important',
          premises: 'sans-objet',
          aid: 'souhaitable',
          need: 'souhaitable',
          distance: 'souhaitable',
        },
      }),
      [doleHere, foucheransHere],
      [
        offer('39232', 'logement', { price: 650 }),
        offer('39232', 'aide-financiere', { amountEur: 5000, commitmentMonths: 36 }),
        offer('39198', 'garde-enfants', { structure: 'creche', ageMinMonths: 0, ageMaxMonths: 36 }),
        offer('39198', 'emploi-conjoint', { jobTitle: 'Comptable', contract: 'cdi' }),
      ],
    );
    const match = matchOf(result, '39232');
    expect(match.score).toBe(68);
    expect(match.criteria.map((entry) => [entry.criterion, entry.points, entry.maxPoints])).toEqual([
      ['housing', 30, 30],
      ['childcare', 10, 20],
      ['spouseJob', 10, 20],
      ['premises', 0, 0],
      ['aid', 10, 10],
      ['need', 0, 10],
      ['distance', 8.3, 10],
    ]);
    expect(match.criteria.map((entry) => plain(entry.explanation))).toEqual([
      'Logement : T3 à 650 €/mois, disponible maintenant ✓',
      'Garde : crèche de Dole, à 5 km, pour l’enfant de 16 mois ✓ (offre voisine, compte pour moitié)',
      'Emploi du conjoint : comptable (CDI) à Dole, à 5 km ✓ (offre voisine, compte pour moitié)',
      'Local professionnel : pas de local recherché',
      'Aide financière : 5 000 € avec un engagement de 36 mois ✓',
      'Besoin du territoire : aucun besoin déclaré par la commune ✗',
      'Distance : à 5 km de Dole',
    ]);
    // Dole has no home: housing is indispensable, so it is "almost" there.
    expect(codes(result.almost)).toEqual(['39198']);
    expect(matchOf(result, '39198').missing.map(plain)).toEqual([
      'Logement : un logement en location, d’au moins 3 pièces, à 700 €/mois au plus, disponible en janvier 2027',
    ]);
  });
});
