// An aid scheme (dispositif) published by a partner: who grants it, how much, what it asks in
// return, who is eligible and where it applies. Pure data: see scheme-lifecycle.ts for its life,
// scheme-applicability.ts for whom it concerns and package.ts for what it is worth.
import { PARTNER_TYPE_LABELS, type PartnerType } from '../accounts/roles';
import type { ProjectStatus } from '../matching/types';
import type { Profession } from '../professions';
import type { Zone } from '../zoning/zones';

/** Who grants an aid: a partner's kind, the State, or a local authority. */
export type GrantorKind = PartnerType | 'etat' | 'commune' | 'intercommunalite';

export const GRANTOR_KIND_LABELS: Record<GrantorKind, string> = {
  ...PARTNER_TYPE_LABELS,
  etat: 'État',
  commune: 'Commune',
  intercommunalite: 'Intercommunalité',
};

export interface Grantor {
  /** As people know it: "ARS Bourgogne-Franche-Comté", "Assurance Maladie (CPAM)". */
  name: string;
  kind: GrantorKind;
}

/** One payment of a scheme paid in several times, counted from the signature (month 0). */
export interface Instalment {
  atMonth: number;
  eur: number;
}

/**
 * What a scheme pays. `fixe` and `plafond` ("up to", counted at its maximum) may be paid in
 * instalments (their sum is the amount); `mensuel` is paid each month for `months` months, or
 * until an event the scheme names (end of studies) when `months` is null.
 */
export type SchemeAmount =
  | { kind: 'fixe'; eur: number; instalments?: readonly Instalment[] }
  | { kind: 'plafond'; eur: number; instalments?: readonly Instalment[] }
  | { kind: 'mensuel'; eurPerMonth: number; months: number | null };

export const AMOUNT_KIND_LABELS: Record<SchemeAmount['kind'], string> = {
  fixe: 'Montant fixe',
  plafond: 'Jusqu’à',
  mensuel: 'Par mois',
};

/** Where the professional commits to work in return. */
export const COMMITMENT_PLACES = [
  'commune',
  'zone',
  'departement',
  'region',
  'etablissement-region',
] as const;
export type CommitmentPlace = (typeof COMMITMENT_PLACES)[number];

export const COMMITMENT_PLACE_LABELS: Record<CommitmentPlace, string> = {
  commune: 'dans la commune d’installation',
  zone: 'dans une zone du zonage de l’ARS désignée par le dispositif',
  departement: 'dans le département',
  region: 'dans la région',
  'etablissement-region': 'dans un établissement sanitaire ou médico-social de la région',
};

export interface SchemeCommitment {
  months: number;
  /** The duration is a minimum (e.g. as long as the allowance was paid, two years at least). */
  atLeast: boolean;
  place: CommitmentPlace;
  /** The zones meant by `place: 'zone'` (empty otherwise). */
  zones: readonly Zone[];
}

/** The widest territory of a scheme, and of a publisher. */
export type Territory = { level: 'national' } | { level: 'region' | 'departement'; code: string };

export interface SchemeArea {
  territory: Territory;
  /** Narrow the territory to these départements and communes (INSEE codes); both empty: all of it. */
  departements: readonly string[];
  communes: readonly string[];
  /** Only where the ARS zoning for the professional's profession says one of these (empty: anywhere). */
  zones: readonly Zone[];
}

export interface SchemeEligibility {
  /** Empty: every profession. */
  professions: readonly Profession[];
  /** At least one. */
  statuses: readonly ProjectStatus[];
  /** Other conditions, in French, shown as they are (first installation, sector 1…). */
  conditions: string;
}

export const SCHEME_STATUSES = ['brouillon', 'publie', 'archive'] as const;
export type SchemeStatus = (typeof SCHEME_STATUSES)[number];

export const SCHEME_STATUS_LABELS: Record<SchemeStatus, string> = {
  brouillon: 'Brouillon',
  publie: 'Publié',
  archive: 'Archivé',
};

export interface Scheme {
  id: string;
  title: string;
  /** A few sentences in French. */
  summary: string;
  grantor: Grantor;
  /** null: the amount is not published (the line shows it, the totals count nothing for it). */
  amount: SchemeAmount | null;
  /** null: nothing is asked in return. */
  commitment: SchemeCommitment | null;
  eligibility: SchemeEligibility;
  area: SchemeArea;
  /** Applies to projects starting from this instant (null: already in force). */
  validFrom: Date | null;
  /** No longer applies from this instant (null: no end date). */
  validUntil: Date | null;
  officialUrl: string;
  status: SchemeStatus;
  /**
   * Schemes of one group cannot be combined (first installation or not, creating or joining a
   * practice): a package keeps the one worth most and lists the others as alternatives.
   */
  exclusiveGroup: string | null;
}
