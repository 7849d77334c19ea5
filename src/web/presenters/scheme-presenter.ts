// Schemes as pages show them: their value and commitment in words, who may receive them and where,
// their state and the forms of the actions it allows (partners' and moderators' lists). The scheme
// form's choices are in scheme-form-presenter.ts, the words of refusals in scheme-refusals.ts.
import type { SessionData } from 'express-session';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { PROFESSIONAL_STATUS_LABELS } from '../../domain/professionals/professional-profile';
import { PROFESSION_LABELS } from '../../domain/professions';
import { aidValue } from '../../domain/schemes/aid-value';
import type { SchemeInCommune } from '../../domain/schemes/commune-schemes';
import { commitmentPhrase, valuePhrase } from '../../domain/schemes/package-wording';
import {
  COMMITMENT_PLACE_LABELS,
  SCHEME_STATUS_LABELS,
  type Scheme,
  type SchemeCommitment,
  type SchemeStatus,
  type Territory,
} from '../../domain/schemes/scheme';
import {
  SCHEME_ACTION_LABELS,
  type SchemeAction,
  availableSchemeActions,
} from '../../domain/schemes/scheme-lifecycle';
import { ZONE_LABELS } from '../../domain/zoning/zones';
import type { SchemeWriteResult } from '../../services/schemes/scheme-service';
import type { SchemeView } from '../../services/schemes/scheme-view';
import { actionRefusal } from './scheme-refusals';

const STATUS_BADGES: Record<SchemeStatus, string> = {
  brouillon: 'fr-badge--info',
  publie: 'fr-badge--success',
  archive: '',
};

type Names = Pick<Gazetteer, 'region' | 'departement'>;

/** What a commune's pages need to list the schemes that apply there. */
export interface CommuneSchemes {
  of(code: string, now: Date): SchemeInCommune[];
  names: Names;
}

export const territoryName = (territory: Territory, names: Names): string =>
  territory.level === 'national'
    ? 'France entière'
    : territory.level === 'region'
      ? `Région ${names.region(territory.code)?.nom ?? territory.code}`
      : `Département ${names.departement(territory.code)?.nom ?? territory.code} (${territory.code})`;

/** "Région Bourgogne-Franche-Comté, départements 21 et 39, en zone ZIP ou ZAC". */
export function areaPhrase(scheme: Pick<Scheme, 'area'>, names: Names): string {
  const { area } = scheme;
  const parts = [territoryName(area.territory, names)];
  if (area.departements.length > 0)
    parts.push(
      `départements ${area.departements.map((code) => names.departement(code)?.nom ?? code).join(', ')}`,
    );
  if (area.communes.length > 0) parts.push(`communes ${area.communes.join(', ')}`);
  if (area.zones.length > 0)
    parts.push(
      `en zone ${area.zones.map((zone) => ZONE_LABELS[zone].toLowerCase()).join(' ou ')} du zonage de l’ARS`,
    );
  return parts.join(', ');
}

/** The commitment without a commune: "60 mois en zone très sous-dotée", "aucun engagement". */
export const commitmentWords = (commitment: SchemeCommitment | null): string =>
  commitment === null
    ? 'aucun engagement'
    : commitment.place === 'commune'
      ? `${commitment.atLeast ? 'au moins ' : ''}${String(commitment.months)} mois ${COMMITMENT_PLACE_LABELS.commune}`
      : commitmentPhrase(commitment, '');

/** Who may receive it: professions (or all) and situations. */
export const eligibilityPhrase = (scheme: Pick<Scheme, 'eligibility'>): string => {
  const { professions, statuses } = scheme.eligibility;
  const who =
    professions.length === 0
      ? 'Toutes les professions de santé'
      : professions.map((profession) => PROFESSION_LABELS[profession]).join(', ');
  return `${who} ; ${statuses.map((status) => PROFESSIONAL_STATUS_LABELS[status].toLowerCase()).join(', ')}`;
};

/** What every page says of a scheme. */
export const schemeFacts = (scheme: Scheme, names: Names) => ({
  id: scheme.id,
  title: scheme.title,
  summary: scheme.summary,
  grantor: scheme.grantor.name,
  value: valuePhrase(aidValue(scheme.amount)),
  commitment: commitmentWords(scheme.commitment),
  eligibility: eligibilityPhrase(scheme),
  conditions: scheme.eligibility.conditions,
  area: areaPhrase(scheme, names),
  officialUrl: scheme.officialUrl,
  validFrom: scheme.validFrom,
  validUntil: scheme.validUntil,
});

/** The schemes of a commune's page: what each gives, to whom here (by profession), where to read more. */
export const presentCommuneSchemes = (list: readonly SchemeInCommune[], names: Names) =>
  list.map(({ scheme, professions }) => ({
    ...schemeFacts(scheme, names),
    professions: professions.map((profession) => PROFESSION_LABELS[profession]).join(', '),
    statuses: scheme.eligibility.statuses
      .map((status) => PROFESSIONAL_STATUS_LABELS[status].toLowerCase())
      .join(', '),
  }));

/** A scheme in its publisher's list or atop its form, with the forms of its actions. */
export function presentOwnScheme(scheme: SchemeView, base: string, names: Names) {
  return {
    ...schemeFacts(scheme, names),
    status: scheme.status,
    statusLabel: SCHEME_STATUS_LABELS[scheme.status],
    badgeClass: STATUS_BADGES[scheme.status],
    updatedAt: scheme.updatedAt,
    revision: scheme.revision,
    editHref: `${base}/${scheme.id}/modifier`,
    actions: availableSchemeActions(scheme.status).map((action) => ({
      action,
      label: SCHEME_ACTION_LABELS[action],
      href: `${base}/${scheme.id}/statut`,
      revision: scheme.revision,
      primary: action === 'publier',
    })),
  };
}

type Flash = SessionData['flash'];

/** What the scheme pages say once a scheme was saved. */
export const schemeSavedFlash = {
  created: (title: string): Flash => ({
    type: 'success',
    message: `Dispositif enregistré en brouillon : « ${title} ». Publiez-le quand il est prêt.`,
  }),
  updated: (title: string): Flash => ({
    type: 'success',
    message: `Modifications du dispositif « ${title} » enregistrées.`,
  }),
};

const SCHEME_ACTION_MESSAGES: Record<SchemeAction, string> = {
  publier: 'Dispositif publié : il compte dans les résultats des professionnels concernés.',
  depublier: 'Dispositif retiré de la publication : il est de nouveau en brouillon.',
  archiver: 'Dispositif archivé.',
  restaurer: 'Dispositif remis en brouillon.',
};

/** The flash message once an action was tried (its refusals: scheme-refusals.ts). */
export const schemeActionFlash = (action: SchemeAction, result: SchemeWriteResult): Flash =>
  result.ok ? { type: 'success', message: SCHEME_ACTION_MESSAGES[action] } : actionRefusal(result).flash;
