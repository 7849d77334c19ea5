// A stored scheme as the values that prefill its form (what a browser would send back unchanged).
import type { Territory } from '../../domain/schemes/scheme';
import type { SchemeView } from '../../services/schemes/scheme-view';
import type { OfferFormValues } from './offer-form-values';
import { territoryValue } from './scheme-form';

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');
const number = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value).replace('.', ',');

export function schemeFormValues(scheme: SchemeView): OfferFormValues {
  const { amount, commitment } = scheme;
  const values: OfferFormValues = {
    revision: String(scheme.revision),
    title: scheme.title,
    summary: scheme.summary,
    grantorName: scheme.grantor.name,
    grantorKind: scheme.grantor.kind,
    amountKind: amount === null ? 'non-publie' : amount.kind,
    amountEur: amount && amount.kind !== 'mensuel' ? number(amount.eur) : '',
    instalments:
      amount && amount.kind !== 'mensuel' && amount.instalments
        ? amount.instalments.map((part) => `${String(part.atMonth)}:${String(part.eur)}`).join('; ')
        : '',
    eurPerMonth: amount?.kind === 'mensuel' ? number(amount.eurPerMonth) : '',
    amountMonths: amount?.kind === 'mensuel' ? number(amount.months) : '',
    commitmentMonths: commitment ? String(commitment.months) : '',
    commitmentAtLeast: commitment?.atLeast ? 'oui' : '',
    commitmentPlace: commitment?.place ?? '',
    commitmentZones: [...(commitment?.zones ?? [])],
    professions: [...scheme.eligibility.professions],
    statuses: [...scheme.eligibility.statuses],
    conditions: scheme.eligibility.conditions,
    territory: territoryValue(scheme.area.territory),
    departements: scheme.area.departements.join(', '),
    communes: scheme.area.communes.join(', '),
    zones: [...scheme.area.zones],
    validFrom: day(scheme.validFrom),
    validUntil: day(scheme.validUntil),
    officialUrl: scheme.officialUrl,
    exclusiveGroup: scheme.exclusiveGroup ?? '',
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
}

/** A new scheme's form: granted by the publisher's organisation, over its whole territory. */
export function newSchemeValues(
  partner: { nom: string; type: string } | null | undefined,
  territory: Territory,
): OfferFormValues {
  return {
    grantorName: partner?.nom ?? '',
    grantorKind: partner?.type ?? 'etat',
    territory: territoryValue(territory),
    statuses: ['installe'],
  };
}
