// A partner scheme as the open data API publishes it: an allowlist of fields (who manages it and
// who wrote it stay out), dates as ISO days, and its value counted as the package counts it. Pure.
import type { ProjectStatus } from '../matching/types';
import type { Profession } from '../professions';
import type { Zone } from '../zoning/zones';
import { type ValueBound, aidValue } from './aid-value';
import type { CommitmentPlace, GrantorKind, Scheme } from './scheme';

export interface OpenDataScheme {
  id: string;
  titre: string;
  resume: string;
  organisme: { nom: string; type: GrantorKind };
  /** null: the amount is not published. */
  montant:
    | { forme: 'fixe' | 'plafond'; euros: number; versements: { mois: number; euros: number }[] }
    | { forme: 'mensuel'; eurosParMois: number; mois: number | null }
    | null;
  valeur: { premiereAnneeEuros: number; totalEuros: number; borne: ValueBound };
  engagement: { mois: number; auMoins: boolean; lieu: CommitmentPlace; zones: Zone[] } | null;
  eligibilite: { professions: Profession[]; situations: ProjectStatus[]; conditions: string };
  territoire: {
    niveau: 'national' | 'region' | 'departement';
    code: string | null;
    departements: string[];
    communes: string[];
    zones: Zone[];
  };
  enVigueurDu: string | null;
  enVigueurJusquAu: string | null;
  pageOfficielle: string;
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export function toOpenDataScheme(scheme: Scheme): OpenDataScheme {
  const { amount, commitment, area } = scheme;
  const value = aidValue(amount);
  return {
    id: scheme.id,
    titre: scheme.title,
    resume: scheme.summary,
    organisme: { nom: scheme.grantor.name, type: scheme.grantor.kind },
    montant:
      amount === null
        ? null
        : amount.kind === 'mensuel'
          ? { forme: 'mensuel', eurosParMois: amount.eurPerMonth, mois: amount.months }
          : {
              forme: amount.kind,
              euros: amount.eur,
              versements: (amount.instalments ?? []).map((part) => ({ mois: part.atMonth, euros: part.eur })),
            },
    valeur: { premiereAnneeEuros: value.firstYearEur, totalEuros: value.wholeEur, borne: value.bound },
    engagement: commitment && {
      mois: commitment.months,
      auMoins: commitment.atLeast,
      lieu: commitment.place,
      zones: [...commitment.zones],
    },
    eligibilite: {
      professions: [...scheme.eligibility.professions],
      situations: [...scheme.eligibility.statuses],
      conditions: scheme.eligibility.conditions,
    },
    territoire: {
      niveau: area.territory.level,
      code: area.territory.level === 'national' ? null : area.territory.code,
      departements: [...area.departements],
      communes: [...area.communes],
      zones: [...area.zones],
    },
    enVigueurDu: day(scheme.validFrom),
    enVigueurJusquAu: day(scheme.validUntil),
    pageOfficielle: scheme.officialUrl,
  };
}
