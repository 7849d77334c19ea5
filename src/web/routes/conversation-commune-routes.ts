// The commune's messages: the inbox with filters, and on each conversation what only the commune does
// (follow-up status, assignment, close or reopen). The thread page itself, the reply (with a
// template), the block and the report: conversation-thread-routes.ts. Pending accounts neither read
// nor write (every route requires a validated account).
import { Router } from 'express';
import { FOLLOW_UP_LABELS, currentStep } from '../../domain/contacts/follow-up';
import { COMMUNE_MESSAGES } from '../conversations/paths';
import { communeParticipant, communeSide } from '../conversations/sides';
import { answerWrite, openedConversation } from '../conversations/thread-side';
import { FOLLOW_UP_FIELD, followUpCommand, followUpValues } from '../forms/commune-follow-up-command';
import { assignForm, communeFollowUpForm, inboxQuery, switchForm } from '../forms/conversation-forms';
import { rejectedQuery, shownValues } from '../forms/shown-input';
import { communeInboxFilters, inboxFilter } from '../presenters/commune-inbox-presenter';
import { UNREADABLE_ACTION, refusalError } from '../presenters/refusal';
import { presentInboxRow } from '../presenters/conversation-presenter';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function communeConversationRoutes({ services }: RouteContext): Router {
  const { conversations, communes } = services;
  const router = Router();
  const side = communeSide(services);

  router.get(COMMUNE_MESSAGES, side.access, (req, res) => {
    const reader = communeParticipant(req);
    const page = communeInboxFilters(shownValues(req.query, ['statut', 'vue']));
    const parsed = parseInput(inboxQuery, req.query);
    if (!parsed.ok) {
      const rejected = rejectedQuery(parsed.errors, ['statut', 'vue']);
      res.status(400).render('messages/commune-inbox', { ...page, ...rejected });
      return;
    }
    const { statut, vue } = parsed.value;
    const rows = conversations
      .inbox(reader)
      .filter(inboxFilter(reader, vue, statut))
      .map((conversation) =>
        presentInboxRow(conversation, reader, conversations.unreadIn(conversation, reader), communes),
      );
    const filtered = Boolean(statut) || vue !== 'ouvertes';
    res.render('messages/commune-inbox', { ...page, conversations: rows, filtered });
  });

  router.post(`${COMMUNE_MESSAGES}/:id/suivi`, side.access, async (req, res) => {
    const conversation = await openedConversation(req, side, conversations);
    const values = followUpValues(req.body);
    const parsed = parseInput(communeFollowUpForm, req.body);
    if (!parsed.ok)
      return side.render(req, res, conversation, { status: 400, errors: parsed.errors, values });
    const built = followUpCommand(parsed.value, communes);
    if ('errors' in built)
      return side.render(req, res, conversation, { status: 400, errors: built.errors, values });
    const result = await conversations.followUp(conversation.id, communeParticipant(req), built.command);
    const status = result.ok ? FOLLOW_UP_LABELS[currentStep(result.conversation.history).status] : '';
    await answerWrite(req, res, side, conversation, result, {
      success: `Suivi mis à jour : ${status}. Le ou la professionnel(le) le voit dans sa conversation.`,
      field: FOLLOW_UP_FIELD[parsed.value.action],
      values,
    });
  });

  router.post(`${COMMUNE_MESSAGES}/:id/responsable`, side.access, async (req, res) => {
    const conversation = await openedConversation(req, side, conversations);
    const parsed = parseInput(assignForm, req.body);
    if (!parsed.ok) return side.render(req, res, conversation, { status: 400, errors: parsed.errors });
    const assignee = parsed.value.responsable || null;
    const result = await conversations.assign(conversation.id, communeParticipant(req), assignee);
    await answerWrite(req, res, side, conversation, result, {
      success: assignee ? 'Conversation assignée.' : 'La conversation n’est plus assignée.',
      field: 'responsable',
    });
  });

  router.post(`${COMMUNE_MESSAGES}/:id/cloture`, side.access, async (req, res) => {
    const conversation = await openedConversation(req, side, conversations);
    const parsed = parseInput(switchForm('clore'), req.body);
    if (!parsed.ok) throw refusalError(UNREADABLE_ACTION);
    const close = parsed.value.clore === 'oui';
    const result = await conversations.setClosed(conversation.id, communeParticipant(req), close);
    await answerWrite(req, res, side, conversation, result, {
      success: close ? 'Conversation close.' : 'Conversation rouverte.',
    });
  });

  return router;
}
