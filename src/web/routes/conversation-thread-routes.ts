// What both sides do the same way on a conversation page: open it (and mark it read), reply, block
// or unblock the other side, report one of their messages. Another person's conversation is "not
// found", for GET and POST alike, before anything is read from the request.
import type { Request, RequestHandler, Response, Router } from 'express';
import type { Side } from '../../domain/contacts/follow-up';
import type {
  ConversationResult,
  ConversationService,
  Participant,
} from '../../services/contacts/conversation-service';
import type { ConversationView } from '../../services/contacts/conversation-view';
import type { MessageReports } from '../../services/contacts/message-reports';
import { isRateLimited } from '../../services/limits/rate-limiter';
import { replyForm, reportForm, switchForm } from '../forms/conversation-forms';
import { HttpError, NotFoundError } from '../http-errors';
import {
  CONVERSATION_REFUSALS,
  REPORT_REFUSALS,
  UNREADABLE_ACTION,
  tooManyMessages,
} from '../presenters/contact-refusals';
import { retryAfter } from '../retry-after';
import { parseInput, type FieldErrors } from '../validation';

/** What the thread page shows back after a refused form. */
export interface ThreadFeedback {
  status?: number;
  /** Errors by field name; `_` for the page. */
  errors?: FieldErrors;
  values?: Record<string, unknown>;
}

export interface ThreadSide {
  side: Side;
  base: string;
  /** Who may read and write this side's conversations (an `allow` declaration). */
  access: RequestHandler;
  participant(req: Request): Participant;
  render(
    req: Request,
    res: Response,
    conversation: ConversationView,
    feedback?: ThreadFeedback,
  ): Promise<void>;
}

export interface ThreadDeps {
  conversations: Pick<ConversationService, 'open' | 'markRead' | 'reply' | 'setBlocked'>;
  reports: Pick<MessageReports, 'report'>;
}

export const threadPath = (base: string, id: string) => `${base}/${id}`;

/** The conversation named in the URL, if this person may read it; 404 otherwise. */
export async function openedConversation(
  req: Request,
  side: ThreadSide,
  conversations: Pick<ConversationService, 'open'>,
): Promise<ConversationView> {
  const conversation = await conversations.open(String(req.params.id), side.participant(req));
  if (!conversation) throw new NotFoundError('Conversation introuvable');
  return conversation;
}

/** After a write: back to the thread with a message, or the page again with the refusal. */
export async function answerWrite(
  req: Request,
  res: Response,
  side: ThreadSide,
  conversation: ConversationView,
  result: ConversationResult,
  success: string,
  refusalField = '_',
  values: Record<string, unknown> = {},
): Promise<void> {
  if (result.ok) {
    req.session.flash = { type: 'success', message: success };
    res.redirect(303, threadPath(side.base, conversation.id));
    return;
  }
  if (isRateLimited(result)) {
    const errors = { [refusalField]: tooManyMessages(retryAfter(res, result)) };
    return side.render(req, res, conversation, { status: 429, errors, values });
  }
  const { status, message } = CONVERSATION_REFUSALS[result.reason];
  await side.render(req, res, conversation, { status, errors: { [refusalField]: message }, values });
}

export function registerThreadRoutes(router: Router, side: ThreadSide, deps: ThreadDeps): void {
  const open = (req: Request) => openedConversation(req, side, deps.conversations);

  router.get(`${side.base}/:id`, side.access, async (req, res) => {
    const conversation = await open(req);
    await deps.conversations.markRead(conversation, side.participant(req));
    await side.render(req, res, conversation);
  });

  router.post(`${side.base}/:id/reponse`, side.access, async (req, res) => {
    const conversation = await open(req);
    const values = { message: typeof req.body?.message === 'string' ? req.body.message : '' };
    const parsed = parseInput(replyForm, req.body);
    if (!parsed.ok)
      return side.render(req, res, conversation, { status: 400, errors: parsed.errors, values });
    const result = await deps.conversations.reply(
      conversation.id,
      side.participant(req),
      parsed.value.message,
    );
    await answerWrite(req, res, side, conversation, result, 'Message envoyé.', 'message', values);
  });

  router.post(`${side.base}/:id/blocage`, side.access, async (req, res) => {
    const conversation = await open(req);
    const parsed = parseInput(switchForm('bloquer'), req.body);
    if (!parsed.ok) throw new HttpError(400, UNREADABLE_ACTION);
    const block = parsed.value.bloquer === 'oui';
    const result = await deps.conversations.setBlocked(conversation.id, side.participant(req), block);
    await answerWrite(
      req,
      res,
      side,
      conversation,
      result,
      block
        ? 'Votre interlocuteur est bloqué : il ne peut plus vous écrire.'
        : 'Votre interlocuteur est débloqué.',
    );
  });

  router.post(`${side.base}/:id/signalement`, side.access, async (req, res) => {
    const conversation = await open(req);
    const parsed = parseInput(reportForm, req.body);
    if (!parsed.ok) throw new HttpError(400, UNREADABLE_ACTION);
    const result = await deps.reports.report(
      conversation,
      side.participant(req),
      parsed.value.message,
      parsed.value.motif,
    );
    if (!result.ok) {
      const { status, message } = REPORT_REFUSALS[result.reason];
      throw new HttpError(status, message);
    }
    req.session.flash = {
      type: 'success',
      message: result.already
        ? 'Ce message a déjà été signalé : les modérateurs vont l’examiner.'
        : 'Message signalé : les modérateurs vont l’examiner. Vous pouvez aussi bloquer votre interlocuteur.',
    };
    res.redirect(
      303,
      `${threadPath(side.base, conversation.id)}#message-${String(parsed.value.message + 1)}`,
    );
  });
}
