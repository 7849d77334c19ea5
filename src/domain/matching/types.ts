// The matching engine's inputs and outputs: a professional's installation project, the communes
// and their offers (through a geography the caller implements), and the explained ranking.
import type { EligibleOffersCache } from './eligibility';
import type { LatLon } from '../geo/types';
import type { Audience, CONTRACTS, JobSector, PREMISES_KINDS } from '../offers/offer-vocabulary';
import type { SearchableOffer } from '../offers/offer-search';
import type { Profession } from '../professions';
import type { Zone } from '../zoning/zones';
import type { CommunePackage } from '../schemes/package';
import type { Scheme } from '../schemes/scheme';

export type Contract = (typeof CONTRACTS)[number];
export type PremisesKind = (typeof PREMISES_KINDS)[number];

export const PROJECT_STATUSES = ['installe', 'remplacant', 'interne', 'etudiant'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Which offers a project's status may use. */
export const AUDIENCE_OF_STATUS: Record<ProjectStatus, Audience> = {
  installe: 'installation',
  remplacant: 'remplacement',
  interne: 'interne-etudiant',
  etudiant: 'interne-etudiant',
};

export const CRITERIA = ['housing', 'childcare', 'spouseJob', 'premises', 'aid', 'need', 'distance'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const CRITERION_LABELS: Record<Criterion, string> = {
  housing: 'Logement',
  childcare: 'Garde',
  spouseJob: 'Emploi du conjoint',
  premises: 'Local professionnel',
  aid: 'Aide financière',
  need: 'Besoin du territoire',
  distance: 'Distance',
};

export const IMPORTANCES = ['indispensable', 'important', 'souhaitable', 'sans-objet'] as const;
export type Importance = (typeof IMPORTANCES)[number];

export interface ProjectArea {
  /** INSEE codes. */
  communes?: readonly string[];
  departements?: readonly string[];
  regions?: readonly string[];
  around?: { commune: string; radiusKm: number } | null;
}

/** A month: the project starts on its 1st day (UTC). `month` is 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}

export interface PartnerWish {
  /** Empty: any sector. */
  sectors: readonly JobSector[];
  /** Empty: any contract. */
  contracts: readonly Contract[];
}

export interface Child {
  birthYear: number;
  /** 1–12. */
  birthMonth: number;
}

export interface HousingWish {
  tenure: 'location' | 'achat' | 'indifferent';
  roomsMin: number;
  /** Monthly rent for a rental, total price for a purchase; null: no limit. */
  budgetMax: number | null;
  /** null: indifferent. */
  furnished: boolean | null;
}

export interface PremisesWish {
  /** Empty: any kind. */
  kinds: readonly PremisesKind[];
}

export interface MatchingProject {
  profession: Profession;
  status: ProjectStatus;
  area: ProjectArea;
  start: YearMonth;
  household: {
    partner: PartnerWish | null;
    children: readonly Child[];
  };
  housing: HousingWish | null;
  premises: PremisesWish | null;
  importance: Record<Criterion, Importance>;
}

export interface MatchingCommune extends LatLon {
  code: string;
  nom: string;
  departement: string;
  region: string;
  population: number;
  /** The commune's stated health need; '' if none. */
  healthNeed: string;
  /**
   * The ARS zoning's zone for the profession in force on `at`, or null (no zoning line, or one not
   * yet in force). Absent: no zoning is known, only the stated need counts.
   */
  zoneOf?(profession: Profession, at: Date): Zone | null;
}

/** An offer as the engine weighs it: the facts the public search uses, with its type's details. */
export interface MatchingOffer extends Omit<SearchableOffer, 'publishedAt'> {
  /** Type-specific fields, as stored (see src/services/demo/demo-offers.ts). */
  details: Readonly<Record<string, unknown>>;
}

export interface CommuneAtDistance {
  commune: MatchingCommune;
  distanceKm: number;
}

/** What the engine needs to know of the world; the application implements it over its gazetteer. */
export interface MatchingGeography {
  commune(code: string): MatchingCommune | undefined;
  /**
   * A département's or a région's communes; below, the communes whose point lies within `radiusKm`
   * of `centre` (any order). For speed, give the same array for the same question and never change
   * it: the engine remembers which of its communes have offers by the array itself.
   */
  communesInDepartement(code: string): readonly MatchingCommune[];
  communesInRegion(code: string): readonly MatchingCommune[];
  communesWithin(centre: LatLon, radiusKm: number): readonly CommuneAtDistance[];
  /** Every offer of the commune, whatever its status: the engine filters them. */
  offersOf(communeCode: string): readonly MatchingOffer[];
  /**
   * Every partner aid scheme, whatever its status: the engine keeps those open to the project and
   * stacks those that cover a commune with its own aid offers (its package). Absent: no scheme.
   */
  schemes?(): readonly Scheme[];
}

/** How far (km) an offer in another commune may be and still count, per criterion. */
export interface CommuteDistances {
  childcare: number;
  spouseJob: number;
  housing: number;
  premises: number;
}

export interface MatchingOptions {
  now: Date;
  commuteKm?: Partial<CommuteDistances>;
  /** What a nearby offer counts for, from 0 to 1; 0.5 by default. */
  nearbyPenalty?: number;
  /** Longest `ranked` and `almost` lists; unlimited by default. */
  maxResults?: number;
  /** Longest `almost` list, when it differs from `maxResults`. */
  maxAlmost?: number;
  /** Communes left out of both lists (and of their totals). */
  filters?: MatchingFilters;
  /** Eligible offers remembered across searches, over this same geography's offers. */
  eligibleOffers?: EligibleOffersCache;
}

export interface MatchingFilters {
  /** Criteria a commune must meet with at least one offer (its own or nearby). */
  required?: readonly Criterion[];
  /** Farthest distance from the project's centre, compared to 0.1 km as shown. */
  maxDistanceKm?: number;
}

export const DEFAULT_COMMUTE_KM: CommuteDistances = { childcare: 20, spouseJob: 30, housing: 0, premises: 0 };
export const DEFAULT_NEARBY_PENALTY = 0.5;

export type Met = 'oui' | 'partiel' | 'non';

export interface MatchedOffer {
  id: string;
  title: string;
  /** INSEE code of the offer's commune. */
  commune: string;
  communeNom: string;
  /** 0 for the commune's own offers. */
  distanceKm: number;
}

export interface CriterionMatch {
  criterion: Criterion;
  label: string;
  importance: Importance;
  /** Counts in the score: it concerns the project (children, partner…) and is not "sans-objet". */
  applies: boolean;
  /** 0–1. */
  quality: number;
  /** Share of the 0–100 score this criterion brought, and could have brought. */
  points: number;
  maxPoints: number;
  met: Met;
  /** Plain French, e.g. "Logement : T3 à 650 €/mois dès janvier 2027 ✓". */
  explanation: string;
  offers: MatchedOffer[];
}

export interface CommuneMatch {
  commune: MatchingCommune;
  /** Integer, 0–100. */
  score: number;
  /** From the project's centre. */
  distanceKm: number;
  /** Always the seven criteria, in the order of CRITERIA. */
  criteria: CriterionMatch[];
  /** Indispensable criteria the commune does not meet (empty in `ranked`), in plain French. */
  missing: string[];
  /** The commune's own aid offers and the schemes that apply to the project there. */
  package: CommunePackage;
}

export interface MatchResult {
  ranked: CommuneMatch[];
  /** Communes that miss at least one indispensable criterion ("presque"). */
  almost: CommuneMatch[];
  /** How many communes each list would hold without `maxResults`. */
  rankedTotal: number;
  almostTotal: number;
}
