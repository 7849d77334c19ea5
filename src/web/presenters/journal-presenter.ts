// The audit log as the journal page shows it: actions in French, targets linked to their account,
// one page of events with its counts and the links to the other pages.
import type { AuditEventView } from '../../services/audit/audit-log';
import { JOURNAL_FILTER_FIELDS, type JournalQuery } from '../forms/moderation-filters';
import { pagination } from './pagination';

/** The French words of the audit actions the service records (others show their code). */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'compte.inscription': 'Inscription',
  'compte.inscription-adresse-existante': 'Inscription avec une adresse déjà inscrite',
  'reinitialisation.adresse-inconnue': 'Réinitialisation demandée pour une adresse inconnue',
  'acces.refuse': 'Accès refusé',
  deconnexion: 'Déconnexion',
  'compte.email-verifie': 'Adresse e-mail vérifiée',
  'compte.email-modifie': 'Adresse e-mail modifiée',
  'compte.mot-de-passe-modifie': 'Mot de passe modifié',
  'compte.mot-de-passe-reinitialise': 'Mot de passe réinitialisé',
  'compte.supprime': 'Compte supprimé',
  'compte.administrateur-cree': 'Modérateur créé en ligne de commande',
  'connexion.reussie': 'Connexion réussie',
  'connexion.echec': 'Échec de connexion',
  'limite-atteinte': 'Limite de fréquence atteinte (demandes refusées)',
  'moderation.valider': 'Compte validé',
  'moderation.refuser': 'Demande de compte refusée',
  'moderation.suspendre': 'Compte suspendu',
  'moderation.reactiver': 'Compte réactivé',
};

const actionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;

/** The choices of the journal's action filter. */
export const auditActionChoices = (actions: readonly string[]) =>
  actions.map((value) => ({ value, label: actionLabel(value) }));

function presentAuditEvent(event: AuditEventView) {
  return {
    at: event.at,
    actor: event.actorLabel,
    action: event.action,
    actionLabel: actionLabel(event.action),
    target: event.targetLabel || event.targetId,
    targetHref:
      event.targetType === 'compte' && /^[0-9a-f]{24}$/.test(event.targetId)
        ? `/moderation/comptes/${event.targetId}`
        : undefined,
    details: event.details,
    ip: event.ip,
    requestId: event.requestId,
  };
}

/** One page of the journal: its events, which of the matching ones they are, links to the others. */
export function presentJournalPage(
  query: JournalQuery,
  page: { events: AuditEventView[]; total: number; pageSize: number },
) {
  const { total, pageSize } = page;
  const current = query.page ?? 1;
  const filters = Object.fromEntries(
    JOURNAL_FILTER_FIELDS.flatMap((key) => (query[key] ? [[key, query[key]]] : [])),
  ) as Record<string, string>;
  // The links keep the filters; the first page has no page number.
  const hrefOf = (number: number) =>
    `/moderation/journal?${new URLSearchParams({ ...filters, ...(number > 1 && { page: String(number) }) }).toString()}`;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return {
    events: page.events.map(presentAuditEvent),
    total,
    firstShown: total === 0 ? 0 : Math.min(total, (current - 1) * pageSize + 1),
    lastShown: Math.min(total, current * pageSize),
    beyondLastPage: current > pageCount,
    filtered: Object.keys(filters).length > 0,
    pagination: pagination(Math.min(current, pageCount), pageCount, hrefOf),
    currentPage: current,
    pageCount,
  };
}
