// The professional's messages: the inbox, and each conversation with a commune (reply, confirm or
// decline a declared installation, withdraw the profile, report, block).
import { type Request, Router } from 'express';
import { writingRefusal } from '../../domain/contacts/conversation-rules';
import { availableActions } from '../../domain/contacts/follow-up';
import type { ConversationService, Participant } from '../../services/contacts/conversation-service';
import { stateOf } from '../../services/contacts/conversation-view';
import type { MessageReports } from '../../services/contacts/message-reports';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import { professionalFollowUpForm, withdrawForm } from '../forms/conversation-forms';
import { HttpError } from '../http-errors';
import { allow } from '../access/access';
import { presentInboxRow, presentThread } from '../presenters/conversation-presenter';
import { parseInput } from '../validation';
import {
  type ThreadSide,
  answerWrite,
  openedConversation,
  registerThreadRoutes,
  threadPath,
  UNREADABLE_ACTION,
} from './conversation-thread-routes';
import type { RouteContext } from './route-context';

export const PROFESSIONAL_MESSAGES = '/professionnel/messages';

export interface ProfessionalConversationDeps {
  conversations: ConversationService;
  reports: Pick<MessageReports, 'report'>;
  communes: Pick<CommuneDirectory, 'details'>;
}

const participantOf = (req: Request): Participant => {
  const user = req.user;
  if (!user) throw new HttpError(403, 'Connectez-vous pour continuer.');
  return { side: 'professionnel', id: user.id, communeCode: null, active: user.status === 'actif' };
};

export function professionalConversationRoutes({ services }: RouteContext): Router {
  const deps: ProfessionalConversationDeps = { ...services, reports: services.messageReports };
  const router = Router();
  // The inbox and every conversation: validated accounts only (a pending commune reads none).
  const guard = allow({ role: 'professionnel', validated: true });

  const side: ThreadSide = {
    side: 'professionnel',
    base: PROFESSIONAL_MESSAGES,
    access: guard,
    participant: participantOf,
    async render(req, res, conversation, feedback = {}) {
      const reader = participantOf(req);
      const thread = presentThread(conversation, reader, deps.communes, new Map());
      const state = stateOf(conversation);
      res.status(feedback.status ?? 200).render('messages/thread', {
        title: `Conversation avec la commune de ${thread.commune}`,
        heading: `Commune de ${thread.commune}`,
        thread,
        isProfessional: true,
        inboxHref: PROFESSIONAL_MESSAGES,
        action: threadPath(PROFESSIONAL_MESSAGES, conversation.id),
        refusal: writingRefusal(state, 'professionnel'),
        canAnswerInstallation: availableActions(conversation.history, 'professionnel', state).includes(
          'confirmer-installation',
        ),
        errors: feedback.errors,
        values: feedback.values ?? {},
      });
    },
  };

  router.get(PROFESSIONAL_MESSAGES, guard, (req, res) => {
    const reader = participantOf(req);
    const conversations = deps.conversations
      .inbox(reader)
      .map((conversation) =>
        presentInboxRow(
          conversation,
          reader,
          deps.conversations.unreadIn(conversation, reader),
          deps.communes,
        ),
      );
    res.render('messages/professional-inbox', { title: 'Mes messages', conversations });
  });

  registerThreadRoutes(router, side, deps);

  router.post(`${PROFESSIONAL_MESSAGES}/:id/suivi`, side.access, async (req, res) => {
    const conversation = await openedConversation(req, side, deps.conversations);
    const parsed = parseInput(professionalFollowUpForm, req.body);
    if (!parsed.ok) throw new HttpError(400, UNREADABLE_ACTION);
    const confirm = parsed.value.action === 'confirmer-installation';
    const result = await deps.conversations.followUp(conversation.id, participantOf(req), {
      action: parsed.value.action,
    });
    await answerWrite(
      req,
      res,
      side,
      conversation,
      result,
      confirm
        ? 'Installation confirmée : merci ! La commune en est informée.'
        : 'Vous avez indiqué que cette installation n’est pas la vôtre : la commune en est informée.',
    );
  });

  router.post(`${PROFESSIONAL_MESSAGES}/:id/retrait`, side.access, async (req, res) => {
    const conversation = await openedConversation(req, side, deps.conversations);
    if (!parseInput(withdrawForm, req.body).ok) throw new HttpError(400, UNREADABLE_ACTION);
    const result = await deps.conversations.withdraw(conversation.id, participantOf(req));
    await answerWrite(
      req,
      res,
      side,
      conversation,
      result,
      'Vous avez retiré votre profil : la commune garde les messages mais ne voit plus votre nom, votre profession ni votre projet.',
    );
  });

  return router;
}
