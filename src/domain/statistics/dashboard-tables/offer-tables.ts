// The offer tables: offers by type and state, offers published per month, active communes. Offers
// and communes are not people: their counts are exact.
import { isPubliclyVisible } from '../../offers/offer-lifecycle';
import {
  OFFER_STATUSES,
  OFFER_STATUS_LABELS,
  OFFER_TYPES,
  OFFER_TYPE_LABELS,
  type OfferType,
} from '../../offers/offer-vocabulary';
import type { StatTable } from '../stat-table';
import { countColumn } from './columns';
import { type DashboardData, periodMonths } from './dashboard-input';

const OFFER_TYPE_CSV: Record<OfferType, string> = Object.fromEntries(
  OFFER_TYPES.map((type) => [type, type.replace(/-/g, '_')]),
) as Record<OfferType, string>;

/** "2026-03" for the month of a date (UTC). */
const monthKey = (date: Date) => date.toISOString().slice(0, 7);
const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function offersByTypeTable({ input, offers, online }: DashboardData): StatTable {
  return {
    id: 'offres-par-type',
    title: 'Offres par type et par état',
    rowHeader: {
      key: 'type_offre',
      label: 'Type d’offre',
      description: 'Type de l’offre publiée par la commune.',
    },
    columns: [
      ...OFFER_STATUSES.map((status) =>
        countColumn(
          status,
          OFFER_STATUS_LABELS[status],
          `Offres du type dans l’état « ${OFFER_STATUS_LABELS[status]} » aujourd’hui.`,
        ),
      ),
      countColumn('en_ligne', 'En ligne', 'Offres publiées et non expirées, visibles des professionnels.'),
      countColumn('total', 'Total', 'Toutes les offres du type, quel que soit leur état.'),
    ],
    rows: OFFER_TYPES.map((type) => {
      const own = offers.filter((offer) => offer.type === type);
      return {
        key: type,
        label: OFFER_TYPE_LABELS[type],
        values: [
          ...OFFER_STATUSES.map((status) => own.filter((offer) => offer.status === status).length),
          own.filter((offer) => isPubliclyVisible(offer, input.now)).length,
          own.length,
        ],
      };
    }),
    total: [
      ...OFFER_STATUSES.map((status) => offers.filter((offer) => offer.status === status).length),
      online.length,
      offers.length,
    ],
    rowTotal: false,
    hideZeroRows: false,
  };
}

export function offersByMonthTable({ input, offers }: DashboardData): StatTable {
  return {
    id: 'offres-par-mois',
    title: 'Offres publiées par mois',
    rowHeader: { key: 'mois', label: 'Mois', description: 'Mois de publication (AAAA-MM).' },
    columns: [
      ...OFFER_TYPES.map((type) =>
        countColumn(
          OFFER_TYPE_CSV[type],
          OFFER_TYPE_LABELS[type],
          `Offres de ce type publiées (dernière publication) ce mois-là.`,
        ),
      ),
      countColumn('total', 'Total', 'Offres publiées ce mois-là, tous types.'),
    ],
    rows: periodMonths(input.now, input.months).map((month) => {
      const own = offers.filter(
        (offer) => offer.publishedAt !== null && monthKey(offer.publishedAt) === monthKey(month),
      );
      return {
        key: monthKey(month),
        label: monthFormat.format(month),
        values: [...OFFER_TYPES.map((type) => own.filter((offer) => offer.type === type).length), own.length],
      };
    }),
    total: null,
    rowTotal: true,
    hideZeroRows: false,
  };
}

export function activeCommunesTable({ input, online, activeCommunes }: DashboardData): StatTable {
  const onlineOf = (code: string) => online.filter((offer) => offer.commune === code).length;
  return {
    id: 'communes-actives',
    title: 'Communes actives',
    rowHeader: {
      key: 'commune',
      label: 'Commune',
      description: 'Commune ayant au moins une offre en ligne : nom (code INSEE).',
    },
    columns: [
      countColumn('offres_en_ligne', 'Offres en ligne', 'Offres publiées et non expirées de la commune.'),
    ],
    rows: [...activeCommunes]
      .map((code) => ({
        code,
        label: `${input.commune(code)?.nom ?? code} (${code})`,
        count: onlineOf(code),
      }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'))
      .map(({ code, label, count }) => ({ key: code, label, values: [count] })),
    total: null,
    rowTotal: false,
    hideZeroRows: false,
  };
}
