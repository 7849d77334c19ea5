// The "Écrire à la commune" page: the commune and the offer written about, why writing is not
// possible (if so), the conversation already under way, the projects and what of them to share.
import { SHARE_CHOICE_LABELS } from '../../domain/contacts/share-choices';
import type { ConversationRefusal } from '../../services/contacts/conversation-service';
import type { ConversationSummary } from '../../services/contacts/conversation-view';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import type { OfferView } from '../../services/offers/offer-view';
import type { ProjectView } from '../../services/projects/project-view';
import { PROFESSIONAL_MESSAGES, threadPath } from '../conversations/paths';
import type { ContactValues } from '../forms/contact-form';
import type { FieldErrors } from '../validation';
import { optionsOf } from './choices';
import { CONVERSATION_REFUSALS } from './contact-refusals';
import { communeLabel } from './conversation-presenter';

export interface ContactPage {
  communeCode: string;
  communes: Pick<CommuneDirectory, 'details'>;
  offer: Pick<OfferView, 'id' | 'title'> | undefined;
  existing: ConversationSummary | undefined;
  refusal: ConversationRefusal | null;
  /** The professional has not said their profession yet: the page asks for it first. */
  noProfile: boolean;
  projects: readonly Pick<ProjectView, 'id' | 'name'>[];
  values: ContactValues;
  errors: FieldErrors;
  action: string;
}

/** The first words of the message, about the offer when there is one. */
export const greeting = (offer: Pick<OfferView, 'title'> | undefined): string =>
  offer ? `Bonjour,\n\nJe suis intéressé(e) par votre offre « ${offer.title} ».\n\n` : 'Bonjour,\n\n';

export function presentContactPage(page: ContactPage) {
  const { communeCode, communes, offer, existing, refusal } = page;
  const label = communeLabel(communeCode, communes);
  return {
    title: `Écrire à la commune de ${communes.details(communeCode)?.nom ?? communeCode}`,
    commune: { code: communeCode, label, href: `/communes/${communeCode}` },
    offer: offer && { id: offer.id, title: offer.title, href: `/offres/${offer.id}` },
    noProfile: page.noProfile,
    refusal: refusal && CONVERSATION_REFUSALS[refusal].message,
    existing: existing && {
      href: threadPath(PROFESSIONAL_MESSAGES, existing.id),
      withdrawn: existing.withdrawnAt !== null,
    },
    projects: [
      ...page.projects.map((project) => ({ value: project.id, label: project.name })),
      { value: '', label: 'Aucun projet : je n’en partage pas' },
    ],
    shareChoices: optionsOf(SHARE_CHOICE_LABELS),
    values: page.values,
    errors: Object.keys(page.errors).length ? page.errors : undefined,
    action: page.action,
  };
}
