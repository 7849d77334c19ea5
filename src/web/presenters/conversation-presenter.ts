// Conversations as the inboxes and thread pages show them, on either side. The commune sees the
// professional's name, profession and shared project only while they have not withdrawn.
import { type Reader, profileVisibleToCommune } from '../../domain/contacts/conversation-rules';
import {
  FOLLOW_UP_LABELS,
  type FollowUpStatus,
  type FollowUpStep,
  currentStep,
} from '../../domain/contacts/follow-up';
import { PROFESSIONAL_STATUS_LABELS } from '../../domain/professionals/professional-profile';
import { PROFESSION_LABELS } from '../../domain/professions';
import { LEVER_LABELS } from '../../domain/statistics/contact-fact';
import type { ConversationSummary, ConversationView } from '../../services/contacts/conversation-view';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import { COMMUNE_MESSAGES, PROFESSIONAL_MESSAGES, threadPath } from '../conversations/paths';

export const STATUS_BADGES: Record<FollowUpStatus, string> = {
  nouveau: 'fr-badge--new',
  'en-discussion': 'fr-badge--info',
  'visite-prevue': 'fr-badge--info',
  'installation-declaree': 'fr-badge--warning',
  'installation-confirmee': 'fr-badge--success',
  'sans-suite': '',
};

const dayFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
export const frenchDay = (date: Date): string => dayFormat.format(date);

const EXCERPT_LENGTH = 140;
const excerpt = (text: string) =>
  text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;

type Communes = Pick<CommuneDirectory, 'details'>;

export const communeLabel = (code: string, communes: Communes): string => {
  const commune = communes.details(code);
  return commune ? `${commune.nom} (${commune.departement.code})` : code;
};

/** "Visite prévue le 12 mars 2027", "Installation déclarée le … à Dole (39) ; leviers : Logement". */
export function describeStep(step: FollowUpStep, communes: Communes): string {
  const label = FOLLOW_UP_LABELS[step.status];
  if (step.status === 'visite-prevue' && step.visitDate) return `${label} le ${frenchDay(step.visitDate)}`;
  if (step.status === 'sans-suite') return `${label} : ${step.reason}`;
  if (step.installation) {
    const levers = step.installation.levers.map((lever) => LEVER_LABELS[lever]);
    return `${label} : le ${frenchDay(step.installation.date)} à ${communeLabel(step.installation.communeCode, communes)}${levers.length ? ` ; grâce à : ${levers.join(', ')}` : ''}`;
  }
  return label;
}

/** Who the commune is writing with: the name and profession, or the withdrawal notice. */
function professionalOf(conversation: Omit<ConversationView, 'messages'>) {
  if (!profileVisibleToCommune({ withdrawn: conversation.withdrawnAt !== null })) return null;
  return {
    name: conversation.professional.name,
    profession: PROFESSION_LABELS[conversation.professional.profession],
    status: PROFESSIONAL_STATUS_LABELS[conversation.professional.status],
    shared: conversation.shared,
  };
}

export function presentInboxRow(
  conversation: ConversationSummary,
  reader: Reader,
  unread: number,
  communes: Communes,
) {
  const step = currentStep(conversation.history);
  const last = conversation.lastMessage;
  const professional = professionalOf(conversation);
  return {
    id: conversation.id,
    href: threadPath(
      reader.side === 'professionnel' ? PROFESSIONAL_MESSAGES : COMMUNE_MESSAGES,
      conversation.id,
    ),
    commune: communeLabel(conversation.communeCode, communes),
    who: professional
      ? `${professional.name} – ${professional.profession}`
      : 'Professionnel(le) ayant retiré son profil',
    lastMessage: last ? excerpt(last.text) : '',
    lastFromMe: last?.side === reader.side,
    at: conversation.lastActivityAt,
    status: FOLLOW_UP_LABELS[step.status],
    statusBadge: STATUS_BADGES[step.status],
    unread,
    closed: conversation.closed,
    withdrawn: conversation.withdrawnAt !== null,
    assignedToMe: conversation.assignedTo === reader.id,
  };
}

export function presentThread(
  conversation: ConversationView,
  reader: Reader,
  communes: Communes,
  names: ReadonlyMap<string, string>,
) {
  const step = currentStep(conversation.history);
  const communeName = communeLabel(conversation.communeCode, communes);
  const professional = professionalOf(conversation);
  const authorOf = (side: string, authorId: string) => {
    if (side === reader.side)
      return reader.side === 'commune' && authorId !== reader.id
        ? `${names.get(authorId) ?? 'Un(e) collègue'} (votre commune)`
        : 'Vous';
    if (side === 'commune') return `Commune de ${communeName}`;
    return professional ? professional.name : 'Professionnel(le) ayant retiré son profil';
  };
  return {
    id: conversation.id,
    commune: communeName,
    communeCode: conversation.communeCode,
    professional,
    withdrawn: conversation.withdrawnAt !== null,
    withdrawnAt: conversation.withdrawnAt,
    closed: conversation.closed,
    blockedByMe: conversation.blockedBy.includes(reader.side),
    blockedByOther: conversation.blockedBy.some((side) => side !== reader.side),
    status: FOLLOW_UP_LABELS[step.status],
    statusCode: step.status,
    statusBadge: STATUS_BADGES[step.status],
    statusDetail: describeStep(step, communes),
    history: conversation.history.map((entry) => ({ at: entry.at, text: describeStep(entry, communes) })),
    messages: conversation.messages.map((message, index) => ({
      index,
      anchor: `message-${String(index + 1)}`,
      mine: message.side === reader.side,
      reportable: message.side !== reader.side,
      author: authorOf(message.side, message.authorId),
      text: message.text,
      at: message.at,
      offerHref: message.offerId ? `/offres/${message.offerId}` : null,
    })),
  };
}
