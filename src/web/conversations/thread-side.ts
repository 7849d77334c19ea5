// One side of a conversation page (the professional's, the commune's): where its pages live, who may
// use them, who acts, and how its thread page is shown. The thread routes serve both sides through
// this; each side's own routes (follow-up, assignment, withdrawal…) answer their writes with it.
import type { Request, RequestHandler, Response } from 'express';
import type {
  ConversationResult,
  ConversationService,
  Participant,
} from '../../services/contacts/conversation-service';
import type { ConversationView } from '../../services/contacts/conversation-view';
import { isRateLimited } from '../../services/limits/rate-limiter';
import { NotFoundError } from '../http-errors';
import { CONVERSATION_REFUSALS, tooManyMessages } from '../presenters/contact-refusals';
import { retryAfter } from '../retry-after';
import { threadPath } from './paths';
import type { FieldErrors } from '../validation';

/** What the thread page shows back after a refused form. */
export interface ThreadFeedback {
  status?: number;
  /** Errors by field name; `_` for the page. */
  errors?: FieldErrors;
  values?: Record<string, unknown>;
}

export interface ThreadSide {
  /** Where this side's conversations live (/professionnel/messages, /commune/messages). */
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

/** What to show after a write: where the refusal goes, and what was typed. */
export interface WriteAnswer {
  success: string;
  /** The field next to which a refusal is shown; `_` (the default) for the page. */
  field?: string;
  values?: Record<string, unknown>;
}

/** After a write: back to the thread with a message, or the page again with the worded refusal. */
export async function answerWrite(
  req: Request,
  res: Response,
  side: ThreadSide,
  conversation: ConversationView,
  result: ConversationResult,
  { success, field = '_', values = {} }: WriteAnswer,
): Promise<void> {
  if (result.ok) {
    req.session.flash = { type: 'success', message: success };
    res.redirect(303, threadPath(side.base, conversation.id));
    return;
  }
  const { status, message } = isRateLimited(result)
    ? { status: 429, message: tooManyMessages(retryAfter(res, result)) }
    : CONVERSATION_REFUSALS[result.reason];
  await side.render(req, res, conversation, { status, errors: { [field]: message }, values });
}
