import fc from 'fast-check';
import { EligibleOffersCache } from '../../../../src/domain/matching/eligibility';
import { assessCommune, matchProject } from '../../../../src/domain/matching/match-project';
import { areaIncludes, resolveArea } from '../../../../src/domain/matching/project-area';
import {
  CRITERIA,
  IMPORTANCES,
  type Criterion,
  type Importance,
  type MatchingCommune,
  type MatchingGeography,
  type MatchingOffer,
  type MatchingProject,
  type MatchingOptions,
  type MatchResult,
} from '../../../../src/domain/matching/types';
import { CONTRACTS, OFFER_TYPES, PREMISES_KINDS } from '../../../../src/domain/offers/offer-vocabulary';
import { commune, geographyOf, NOW, offer, project } from './fixtures';

const SECTORS = ['M', 'O', 'P', 'Q'] as const;

const communesArb = fc
  .uniqueArray(
    fc.record({
      code: fc.integer({ min: 39001, max: 39040 }).map(String),
      kmNorth: fc.integer({ min: 0, max: 60 }),
      kmEast: fc.integer({ min: -20, max: 20 }),
      population: fc.constantFrom(500, 1000, 2000),
      need: fc.constantFrom('', 'Départ d’un médecin'),
    }),
    { minLength: 1, maxLength: 8, selector: (entry) => entry.code },
  )
  .map((entries) =>
    entries.map((entry) =>
      commune(entry.code, `Commune ${entry.code}`, entry.kmNorth, {
        longitude: 5.5 + entry.kmEast / 76,
        population: entry.population,
        healthNeed: entry.need,
      }),
    ),
  );

const detailsArb = fc.record({
  tenure: fc.constantFrom('location', 'vente', 'mise-a-disposition'),
  rooms: fc.integer({ min: 1, max: 5 }),
  price: fc.constantFrom(0, 400, 650, 900, 150000),
  furnished: fc.boolean(),
  ageMinMonths: fc.constantFrom(0, 3, 10, 36),
  ageMaxMonths: fc.constantFrom(12, 36, 72, 144),
  sector: fc.constantFrom(...SECTORS),
  contract: fc.constantFrom(...CONTRACTS),
  premisesKind: fc.constantFrom(...PREMISES_KINDS),
  amountEur: fc.constantFrom(3000, 10000),
});

/** An offer for one of `count` communes; mostly open to the project, sometimes not. */
const offerArb = (communes: readonly MatchingCommune[], eligibleOnly = false) =>
  fc
    .record({
      commune: fc.constantFrom(...communes.map((entry) => entry.code)),
      type: fc.constantFrom(...OFFER_TYPES),
      details: detailsArb,
      availableMonth: fc.integer({ min: 8, max: 15 }),
      open: eligibleOnly ? fc.constant(true) : fc.boolean(),
      closedHow: fc.constantFrom('brouillon', 'expiree', 'profession', 'audience'),
    })
    .map((entry) =>
      offer(entry.commune, entry.type, entry.details, {
        availableFrom: new Date(Date.UTC(2026, entry.availableMonth, 1)),
        ...(entry.open
          ? {}
          : entry.closedHow === 'brouillon'
            ? { status: 'brouillon' as const }
            : entry.closedHow === 'expiree'
              ? { expiresAt: new Date('2026-01-01T00:00:00Z') }
              : entry.closedHow === 'profession'
                ? { professions: ['infirmier' as const] }
                : { audiences: ['remplacement' as const] }),
      }),
    );

const importanceArb = fc
  .tuple(...CRITERIA.map(() => fc.constantFrom(...IMPORTANCES)))
  .map(
    (levels) =>
      Object.fromEntries(CRITERIA.map((criterion, index) => [criterion, levels[index]])) as Record<
        Criterion,
        Importance
      >,
  );

const projectArb: fc.Arbitrary<MatchingProject> = fc
  .record({
    importance: importanceArb,
    housing: fc.option(
      fc.record({
        tenure: fc.constantFrom('location' as const, 'achat' as const, 'indifferent' as const),
        roomsMin: fc.integer({ min: 1, max: 4 }),
        budgetMax: fc.option(fc.constantFrom(0, 650, 900, 200000)),
        furnished: fc.option(fc.boolean()),
      }),
    ),
    partner: fc.option(
      fc.record({
        sectors: fc.subarray([...SECTORS]),
        contracts: fc.subarray([...CONTRACTS]),
      }),
    ),
    children: fc.array(
      fc.record({
        birthYear: fc.integer({ min: 2015, max: 2027 }),
        birthMonth: fc.integer({ min: 1, max: 12 }),
      }),
      { maxLength: 3 },
    ),
    premises: fc.option(fc.record({ kinds: fc.subarray([...PREMISES_KINDS]) })),
  })
  .map((drawn) =>
    project({
      importance: drawn.importance,
      housing: drawn.housing,
      household: { partner: drawn.partner, children: drawn.children },
      premises: drawn.premises,
    }),
  );

const worldArb = communesArb.chain((communes) =>
  fc.record({
    communes: fc.constant(communes),
    offers: fc.array(offerArb(communes), { maxLength: 25 }),
    project: projectArb,
    around: fc.option(
      fc.tuple(fc.constantFrom(...communes.map((entry) => entry.code)), fc.integer({ min: 5, max: 80 })),
    ),
  }),
);

type World = {
  communes: readonly MatchingCommune[];
  offers: readonly MatchingOffer[];
  project: MatchingProject;
};

const projectOf = (world: World, around: [string, number] | null) =>
  around
    ? { ...world.project, area: { around: { commune: around[0], radiusKm: around[1] } } }
    : world.project;

function runWorld(
  world: World,
  around: [string, number] | null = null,
  options: Omit<MatchingOptions, 'now'> = {},
): MatchResult {
  return matchProject(projectOf(world, around), geographyOf(world.communes, world.offers), {
    now: NOW,
    ...options,
  });
}

/** Commuting distances and penalties other than the defaults. */
const optionsArb = fc.record({
  nearbyPenalty: fc.constantFrom(0, 0.5, 1),
  commuteKm: fc.record({
    housing: fc.constantFrom(0, 15),
    childcare: fc.constantFrom(0, 20),
    spouseJob: fc.constantFrom(0, 30),
    premises: fc.constantFrom(0, 10),
  }),
});

/** The results page's filter, applied to a full result as the results show it. */
const OFFER_CRITERIA: Criterion[] = ['housing', 'childcare', 'spouseJob', 'premises', 'aid'];
const kept = (match: MatchResult['ranked'][number], required: readonly Criterion[], maxDistanceKm: number) =>
  match.distanceKm <= maxDistanceKm &&
  required.every((wanted) => {
    const criterion = match.criteria.find((candidate) => candidate.criterion === wanted);
    return criterion !== undefined && criterion.met !== 'non' && criterion.offers.length > 0;
  });

const scores = (result: MatchResult) =>
  new Map([...result.ranked, ...result.almost].map((entry) => [entry.commune.code, entry.score]));

describe('matching properties', () => {
  it('always scores an integer from 0 to 100, with criteria within bounds', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const result = runWorld(world, world.around);
        for (const match of [...result.ranked, ...result.almost]) {
          expect(Number.isInteger(match.score)).toBe(true);
          expect(match.score).toBeGreaterThanOrEqual(0);
          expect(match.score).toBeLessThanOrEqual(100);
          expect(match.criteria).toHaveLength(CRITERIA.length);
          for (const criterion of match.criteria) {
            expect(criterion.quality).toBeGreaterThanOrEqual(0);
            expect(criterion.quality).toBeLessThanOrEqual(1);
            expect(criterion.points).toBeLessThanOrEqual(criterion.maxPoints);
          }
        }
        for (const match of result.ranked) expect(match.missing).toEqual([]);
        for (const match of result.almost) expect(match.missing.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers a commune’s score when an offer is added', () => {
    const withExtra = worldArb.chain((world) =>
      fc.record({ world: fc.constant(world), extra: offerArb(world.communes, true) }),
    );
    fc.assert(
      fc.property(withExtra, ({ world, extra }) => {
        const before = runWorld(world, world.around);
        const after = runWorld({ ...world, offers: [...world.offers, extra] }, world.around);
        const afterScores = scores(after);
        for (const [code, score] of scores(before)) {
          expect(afterScores.get(code)).toBeGreaterThanOrEqual(score);
        }
        const stillRanked = new Set(after.ranked.map((entry) => entry.commune.code));
        for (const match of before.ranked) expect(stillRanked.has(match.commune.code)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of offers or communes', () => {
    const shuffled = worldArb.chain((world) =>
      fc.record({
        world: fc.constant(world),
        communes: fc.shuffledSubarray(world.communes, { minLength: world.communes.length }),
        offers: fc.shuffledSubarray(world.offers, { minLength: world.offers.length }),
      }),
    );
    fc.assert(
      fc.property(shuffled, ({ world, communes, offers }) => {
        const reordered = runWorld({ ...world, communes, offers }, world.around);
        expect(reordered).toEqual(runWorld(world, world.around));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same results with eligible offers remembered across searches made at other times, per commune and per département, région or radius-search list', () => {
    const DAY = 86_400_000;
    // Offers expiring on days around NOW, searched on days around NOW in any order.
    const expiring = worldArb.chain((world) =>
      fc.record({
        world: fc.constant(world),
        expiries: fc.array(fc.option(fc.integer({ min: -3, max: 3 })), {
          minLength: world.offers.length,
          maxLength: world.offers.length,
        }),
        days: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 1, maxLength: 6 }),
        area: fc.constantFrom<MatchingProject['area']>({ departements: ['39'] }, { regions: ['27'] }, {}),
      }),
    );
    fc.assert(
      fc.property(expiring, ({ world, expiries, days, area }) => {
        const offers = world.offers.map((entry, index) => {
          const day = expiries[index];
          return day === null || day === undefined
            ? entry
            : { ...entry, expiresAt: new Date(NOW.getTime() + day * DAY) };
        });
        const geography = geographyOf(world.communes, offers);
        // Lists given again as the same arrays, as the application's geography does.
        const departement = geography.communesInDepartement('39');
        const region = geography.communesInRegion('27');
        const radiusSearches = new Map<string, ReturnType<MatchingGeography['communesWithin']>>();
        const sameArrays: MatchingGeography = {
          ...geography,
          communesInDepartement: (code) => (code === '39' ? departement : []),
          communesInRegion: (code) => (code === '27' ? region : []),
          communesWithin: (centre, radiusKm) => {
            const key = `${centre.latitude},${centre.longitude},${radiusKm}`;
            const found = radiusSearches.get(key) ?? geography.communesWithin(centre, radiusKm);
            radiusSearches.set(key, found);
            return found;
          },
        };
        const eligibleOffers = new EligibleOffersCache(sameArrays);
        const project = world.around ? projectOf(world, world.around) : { ...world.project, area };
        for (const day of days) {
          const now = new Date(NOW.getTime() + day * DAY);
          expect(matchProject(project, sameArrays, { now, eligibleOffers })).toEqual(
            matchProject(project, geography, { now }),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('cuts at maxResults exactly where the full lists would be cut, with the same totals', () => {
    const cut = worldArb.chain((world) =>
      fc.record({ world: fc.constant(world), options: optionsArb, limit: fc.integer({ min: 1, max: 4 }) }),
    );
    fc.assert(
      fc.property(cut, ({ world, options, limit }) => {
        const full = runWorld(world, world.around, options);
        const limited = runWorld(world, world.around, { ...options, maxResults: limit });
        expect(limited.ranked).toEqual(full.ranked.slice(0, limit));
        expect(limited.almost).toEqual(full.almost.slice(0, limit));
        expect([limited.rankedTotal, limited.almostTotal]).toEqual([full.ranked.length, full.almost.length]);
        for (const match of full.ranked) expect(match.missing).toEqual([]);
        for (const match of full.almost) expect(match.missing.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('filters as the full results, filtered afterwards, would show', () => {
    const filtered = worldArb.chain((world) =>
      fc.record({
        world: fc.constant(world),
        options: optionsArb,
        required: fc.subarray(OFFER_CRITERIA, { maxLength: 2 }),
        maxDistanceKm: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(filtered, ({ world, options, required, maxDistanceKm }) => {
        const full = runWorld(world, world.around, options);
        const result = runWorld(world, world.around, { ...options, filters: { required, maxDistanceKm } });
        const limit = maxDistanceKm ?? Infinity;
        expect(result.ranked).toEqual(full.ranked.filter((match) => kept(match, required, limit)));
        expect(result.almost).toEqual(full.almost.filter((match) => kept(match, required, limit)));
        expect([result.rankedTotal, result.almostTotal]).toEqual([
          result.ranked.length,
          result.almost.length,
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('assesses one commune exactly as the full results list it', () => {
    const single = worldArb.chain((world) => fc.record({ world: fc.constant(world), options: optionsArb }));
    fc.assert(
      fc.property(single, ({ world, options }) => {
        const full = runWorld(world, world.around, options);
        const geography = geographyOf(world.communes, world.offers);
        const assess = (code: string) =>
          assessCommune(projectOf(world, world.around), geography, { now: NOW, ...options }, code);
        for (const match of full.ranked) expect(assess(match.commune.code)).toEqual({ match, ranked: true });
        for (const match of full.almost) expect(assess(match.commune.code)).toEqual({ match, ranked: false });
        const listed = new Set([...full.ranked, ...full.almost].map((match) => match.commune.code));
        for (const commune of world.communes.filter((entry) => !listed.has(entry.code)))
          expect(assess(commune.code)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('tells whether a commune is in an area exactly as the resolved area lists it', () => {
    const areas = communesArb.chain((communes) => {
      const codes = communes.map((entry) => entry.code);
      return fc.record({
        communes: fc.constant(communes),
        area: fc.record({
          communes: fc.subarray([...codes, '99999']),
          departements: fc.subarray(['39', '21']),
          regions: fc.subarray(['27', '11']),
          around: fc.option(
            fc.record({
              commune: fc.constantFrom(...codes, '99999'),
              radiusKm: fc.integer({ min: 0, max: 60 }),
            }),
          ),
        }),
      });
    });
    fc.assert(
      fc.property(areas, ({ communes, area }) => {
        const geography = geographyOf(communes, []);
        const listed = new Set(
          resolveArea(area, geography)
            .lists.flat()
            .map((entry) => entry.code),
        );
        for (const commune of communes)
          expect(areaIncludes(area, commune, geography)).toBe(listed.has(commune.code));
      }),
      { numRuns: 300 },
    );
  });
});
