// Synthetic offers for the benchmarks: deterministic, spread over France by population, every
// type with plausible details. Not demo data (see src/services/demo for that).
import type { Commune } from '../../src/domain/geo/types';
import { OFFER_TYPES } from '../../src/domain/offers/offer-vocabulary';
import type { OfferView } from '../../src/services/offers/offer-view';

/** Deterministic pseudo-random numbers, so that two runs measure the same data. */
export function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32;
}

/** `count` published offers of every type, in communes drawn in proportion to their population. */
export function syntheticOffers(communes: readonly Commune[], count: number, seed = 42): OfferView[] {
  const next = random(seed);
  // Communes drawn with a probability proportional to their population.
  const weights = communes.map((commune) => Math.max(commune.population, 50));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, weight) => (cumulative.push(sum + weight), sum + weight), 0);
  const pickCommune = () => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return communes[low] as Commune;
  };
  const types = OFFER_TYPES;
  const details = (type: (typeof types)[number]): Record<string, unknown> => {
    switch (type) {
      case 'logement':
        return {
          housingKind: 'appartement',
          tenure: 'location',
          rooms: 2 + Math.floor(next() * 4),
          surfaceM2: 70,
          price: 400 + Math.floor(next() * 600),
        };
      case 'garde-enfants':
        return {
          structure: 'creche',
          places: 2,
          ageMinMonths: 0,
          ageMaxMonths: 36,
          openingHours: '7 h – 19 h',
        };
      case 'emploi-conjoint':
        return {
          sector: ['O', 'P', 'M', 'Q'][Math.floor(next() * 4)],
          jobTitle: 'Poste',
          contract: 'cdi',
          workingTime: 'temps-plein',
        };
      case 'local-professionnel':
        return { premisesKind: 'place-msp', surfaceM2: 20, rent: 300 };
      case 'aide-financiere':
        return { amountEur: 5000, funder: 'Commune', conditions: 'S’installer', commitmentMonths: 36 };
      case 'accueil':
        return { welcomeDay: true };
    }
  };
  return Array.from({ length: count }, (_, index) => {
    const type = types[index % types.length] as (typeof types)[number];
    return {
      id: String(index).padStart(24, '0'),
      commune: pickCommune().code,
      type,
      title: `Offre ${index}`,
      description: 'Offre de démonstration',
      status: 'publiee',
      availableFrom: new Date('2026-06-01'),
      expiresAt: null,
      audiences: ['installation', 'remplacement'],
      professions: [],
      contact: { name: 'Mairie', email: '', phone: '' },
      details: details(type),
      revision: 1,
      createdAt: new Date('2026-06-01'),
      updatedAt: new Date('2026-06-01'),
      publishedAt: new Date('2026-06-01'),
      createdBy: null,
    };
  });
}
