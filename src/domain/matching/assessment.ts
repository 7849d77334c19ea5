// What a criterion finds for one commune, before it is scored and put into words.
import type { OfferType } from '../offers/offer-vocabulary';
import type {
  HousingWish,
  MatchingCommune,
  MatchingOffer,
  MatchingProject,
  Met,
  PartnerWish,
  PremisesWish,
} from './types';

/** An eligible offer, where it is and how far from the commune being assessed. */
export interface FoundOffer {
  offer: MatchingOffer;
  commune: MatchingCommune;
  /** 0 for the commune's own offers. */
  distanceKm: number;
  nearby: boolean;
}

/** Eligible offers of one commune, by type. */
export type OffersByType = ReadonlyMap<OfferType, readonly MatchingOffer[]>;

/** Another commune within commuting distance, with its eligible offers of one type. */
export interface NearbyOffers {
  commune: MatchingCommune;
  distanceKm: number;
  offers: readonly MatchingOffer[];
}

export interface CriterionContext {
  project: MatchingProject;
  commune: MatchingCommune;
  /** The 1st of the project's start month, UTC. */
  start: Date;
  /** What a nearby offer counts for (0–1). */
  penalty: number;
  local: OffersByType;
  /** Eligible offers of `type` in other communes within that type's commuting distance, nearest first. */
  nearby(type: OfferType): readonly NearbyOffers[];
}

export interface ChildPlacement {
  ageMonths: number;
  /** The best place for the child, or null. */
  place: FoundOffer | null;
  /** Every place that fits the child, best first (`place` is the first). */
  places: FoundOffer[];
  /** The commune's own childcare offers that do not fit, to say why. */
  nearMisses: FoundOffer[];
}

export type Finding =
  | { criterion: 'housing'; wish: HousingWish | null; found: FoundOffer[]; nearMisses: FoundOffer[] }
  | { criterion: 'childcare'; children: ChildPlacement[] }
  | { criterion: 'spouseJob'; wish: PartnerWish | null; found: FoundOffer[]; nearMisses: FoundOffer[] }
  | { criterion: 'premises'; wish: PremisesWish | null; found: FoundOffer[]; nearMisses: FoundOffer[] }
  | { criterion: 'aid'; found: FoundOffer[] }
  | { criterion: 'need'; need: string }
  | { criterion: 'distance'; distanceKm: number; radiusKm: number; centreName: string | null };

export interface Assessment {
  /** Whether the criterion concerns the project at all (children, a partner, a housing wish…). */
  relevant: boolean;
  /** 0–1. */
  quality: number;
  met: Met;
  /** The offers that meet it, best first. */
  offers: FoundOffer[];
  finding: Finding;
}

export const metOf = (quality: number, complete: boolean): Met =>
  quality <= 0 ? 'non' : complete ? 'oui' : 'partiel';
