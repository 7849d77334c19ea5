// What both sides do the same way on a conversation page (/professionnel/messages/:id and
// /commune/messages/:id): open it (and mark it read), reply, block or unblock the other side, report
// one of their messages. Another person's conversation is "not found", for GET and POST alike,
// before anything is read from the request. Each side's own actions are in its router.
import { Router } from 'express';
import { answerWrite, openedConversation, type ThreadSide } from '../conversations/thread-side';
import { threadPath } from '../conversations/paths';
import { communeSide, professionalSide } from '../conversations/sides';
import { replyForm, reportForm, switchForm } from '../forms/conversation-forms';
import { HttpError } from '../http-errors';
import { REPORT_REFUSALS } from '../presenters/contact-refusals';
import { UNREADABLE_ACTION, refusalError } from '../presenters/refusal';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function conversationThreadRoutes({ services }: RouteContext): Router {
  const { conversations, messageReports } = services;
  const router = Router();

  const serve = (side: ThreadSide) => {
    router.get(`${side.base}/:id`, side.access, async (req, res) => {
      const conversation = await openedConversation(req, side, conversations);
      await conversations.markRead(conversation, side.participant(req));
      await side.render(req, res, conversation);
    });

    router.post(`${side.base}/:id/reponse`, side.access, async (req, res) => {
      const conversation = await openedConversation(req, side, conversations);
      const values = { message: typeof req.body?.message === 'string' ? req.body.message : '' };
      const parsed = parseInput(replyForm, req.body);
      if (!parsed.ok)
        return side.render(req, res, conversation, { status: 400, errors: parsed.errors, values });
      const result = await conversations.reply(conversation.id, side.participant(req), parsed.value.message);
      await answerWrite(req, res, side, conversation, result, {
        success: 'Message envoyé.',
        field: 'message',
        values,
      });
    });

    router.post(`${side.base}/:id/blocage`, side.access, async (req, res) => {
      const conversation = await openedConversation(req, side, conversations);
      const parsed = parseInput(switchForm('bloquer'), req.body);
      if (!parsed.ok) throw refusalError(UNREADABLE_ACTION);
      const block = parsed.value.bloquer === 'oui';
      const result = await conversations.setBlocked(conversation.id, side.participant(req), block);
      await answerWrite(req, res, side, conversation, result, {
        success: block
          ? 'Votre interlocuteur est bloqué : il ne peut plus vous écrire.'
          : 'Votre interlocuteur est débloqué.',
      });
    });

    router.post(`${side.base}/:id/signalement`, side.access, async (req, res) => {
      const conversation = await openedConversation(req, side, conversations);
      const parsed = parseInput(reportForm, req.body);
      if (!parsed.ok) throw refusalError(UNREADABLE_ACTION);
      const { message, motif } = parsed.value;
      const result = await messageReports.report(conversation, side.participant(req), message, motif);
      if (!result.ok) {
        const refusal = REPORT_REFUSALS[result.reason];
        throw new HttpError(refusal.status, refusal.message);
      }
      req.session.flash = {
        type: 'success',
        message: result.already
          ? 'Ce message a déjà été signalé : les modérateurs vont l’examiner.'
          : 'Message signalé : les modérateurs vont l’examiner. Vous pouvez aussi bloquer votre interlocuteur.',
      };
      res.redirect(303, `${threadPath(side.base, conversation.id)}#message-${String(message + 1)}`);
    });
  };

  serve(professionalSide(services));
  serve(communeSide(services));
  return router;
}
