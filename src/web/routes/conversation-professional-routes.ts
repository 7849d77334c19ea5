// The professional's messages: the inbox, and on each conversation what only the professional does
// (confirm or decline a declared installation, withdraw the profile). The thread page itself, the
// reply, the block and the report: conversation-thread-routes.ts.
import { Router } from 'express';
import { PROFESSIONAL_MESSAGES } from '../conversations/paths';
import { professionalParticipant, professionalSide } from '../conversations/sides';
import { answerWrite, openedConversation } from '../conversations/thread-side';
import { professionalFollowUpForm } from '../forms/conversation-forms';
import { csrfOnlyForm } from '../forms/fields';
import { HttpError } from '../http-errors';
import { UNREADABLE_ACTION } from '../presenters/contact-refusals';
import { presentInboxRow } from '../presenters/conversation-presenter';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function professionalConversationRoutes({ services }: RouteContext): Router {
  const { conversations, communes } = services;
  const router = Router();
  const side = professionalSide(services);

  router.get(PROFESSIONAL_MESSAGES, side.access, (req, res) => {
    const reader = professionalParticipant(req);
    const rows = conversations
      .inbox(reader)
      .map((conversation) =>
        presentInboxRow(conversation, reader, conversations.unreadIn(conversation, reader), communes),
      );
    res.render('messages/professional-inbox', { title: 'Mes messages', conversations: rows });
  });

  router.post(`${PROFESSIONAL_MESSAGES}/:id/suivi`, side.access, async (req, res) => {
    const conversation = await openedConversation(req, side, conversations);
    const parsed = parseInput(professionalFollowUpForm, req.body);
    if (!parsed.ok) throw new HttpError(400, UNREADABLE_ACTION);
    const { action } = parsed.value;
    const result = await conversations.followUp(conversation.id, professionalParticipant(req), { action });
    await answerWrite(req, res, side, conversation, result, {
      success:
        action === 'confirmer-installation'
          ? 'Installation confirmée : merci ! La commune en est informée.'
          : 'Vous avez indiqué que cette installation n’est pas la vôtre : la commune en est informée.',
    });
  });

  router.post(`${PROFESSIONAL_MESSAGES}/:id/retrait`, side.access, async (req, res) => {
    const conversation = await openedConversation(req, side, conversations);
    if (!parseInput(csrfOnlyForm, req.body).ok) throw new HttpError(400, UNREADABLE_ACTION);
    const result = await conversations.withdraw(conversation.id, professionalParticipant(req));
    await answerWrite(req, res, side, conversation, result, {
      success:
        'Vous avez retiré votre profil : la commune garde les messages mais ne voit plus votre nom, votre profession ni votre projet.',
    });
  });

  return router;
}
