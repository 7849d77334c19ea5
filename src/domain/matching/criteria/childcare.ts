// Childcare: a place for each child, at its age on the start date, in a structure open by then.
import type { Assessment, ChildPlacement, CriterionContext, FoundOffer } from '../assessment';
import { metOf } from '../assessment';
import { ageInMonths } from '../child-age';
import { detailNumber } from '../offer-details';
import type { MatchingOffer } from '../types';
import { findOffers, qualityOf } from './find-offers';

/** Boundaries included: a child of exactly 36 months fits a 10–36 months structure. */
export const childcareFits = (offer: MatchingOffer, ageMonths: number, start: Date): boolean =>
  offer.availableFrom.getTime() <= start.getTime() &&
  detailNumber(offer, 'ageMinMonths', 0) <= ageMonths &&
  ageMonths <= detailNumber(offer, 'ageMaxMonths', -1);

export function assessChildcare(context: CriterionContext): Assessment {
  // A child born after the start needs no place then.
  const ages = context.project.household.children
    .map((child) => ageInMonths(child, context.project.start))
    .filter((age) => age >= 0);
  if (ages.length === 0) {
    return {
      relevant: false,
      quality: 0,
      met: 'non',
      offers: [],
      finding: { criterion: 'childcare', children: [] },
    };
  }
  const children: ChildPlacement[] = ages.map((ageMonths) => {
    const { found, nearMisses } = findOffers(context, 'garde-enfants', (offer) =>
      childcareFits(offer, ageMonths, context.start),
    );
    return { ageMonths, place: found[0] ?? null, places: found, nearMisses };
  });
  const quality =
    children.reduce((sum, child) => sum + qualityOf(child.place ?? undefined, context.penalty), 0) /
    children.length;
  // Every fitting structure is named and linked, the best places first.
  const offers = new Map<string, FoundOffer>();
  for (const { place } of children) if (place) offers.set(place.offer.id, place);
  for (const { places } of children)
    for (const found of places) if (!offers.has(found.offer.id)) offers.set(found.offer.id, found);
  return {
    relevant: true,
    quality,
    met: metOf(
      quality,
      children.every((child) => child.place !== null),
    ),
    offers: [...offers.values()],
    finding: { criterion: 'childcare', children },
  };
}
