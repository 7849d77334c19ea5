// The commune's messages: the inbox with filters, and each conversation (the professional's profile
// while not withdrawn, reply with a template, follow-up status, assignment, close or reopen, report,
// block). Pending accounts read but do not write (every POST requires a validated account).
import { type Request, Router } from 'express';
import { writingRefusal } from '../../domain/contacts/conversation-rules';
import {
  FOLLOW_UP_LABELS,
  FOLLOW_UP_STATUSES,
  type FollowUpCommand,
  availableActions,
  currentStep,
} from '../../domain/contacts/follow-up';
import { LEVERS, LEVER_LABELS } from '../../domain/statistics/contact-fact';
import type { ConversationService, Participant } from '../../services/contacts/conversation-service';
import { type ConversationSummary, stateOf } from '../../services/contacts/conversation-view';
import type { MessageReports } from '../../services/contacts/message-reports';
import type { ReplyTemplateService } from '../../services/contacts/reply-templates';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import {
  type CommuneFollowUpValue,
  INBOX_VIEWS,
  assignForm,
  communeFollowUpForm,
  inboxQuery,
  switchForm,
} from '../forms/conversation-forms';
import { parisMidnight } from '../forms/paris-days';
import { rejectedQuery, shownValues } from '../forms/shown-input';
import { HttpError } from '../http-errors';
import { allow } from '../access/access';
import { communeLabel, presentInboxRow, presentThread } from '../presenters/conversation-presenter';
import { staffOf } from '../session/commune-staff';
import { type FieldErrors, parseInput } from '../validation';
import {
  type ThreadSide,
  answerWrite,
  openedConversation,
  registerThreadRoutes,
  threadPath,
  UNREADABLE_ACTION,
} from './conversation-thread-routes';
import type { RouteContext } from './route-context';

export const COMMUNE_MESSAGES = '/commune/messages';

export interface CommuneConversationDeps {
  conversations: ConversationService;
  reports: Pick<MessageReports, 'report'>;
  templates: Pick<ReplyTemplateService, 'of'>;
  communes: Pick<CommuneDirectory, 'details' | 'resolve'>;
}

const VIEW_LABELS: Record<(typeof INBOX_VIEWS)[number], string> = {
  ouvertes: 'Toutes les conversations ouvertes',
  moi: 'Qui me sont assignées',
  'non-assignees': 'Non assignées',
  closes: 'Closes',
};

const participantOf = (req: Request): Participant => {
  const staff = staffOf(req);
  return { side: 'commune', id: staff.id, communeCode: staff.communeCode, active: staff.active };
};

export function communeConversationRoutes({ services }: RouteContext): Router {
  const deps: CommuneConversationDeps = {
    ...services,
    reports: services.messageReports,
    templates: services.replyTemplates,
  };
  const router = Router();
  // The inbox and every conversation: validated accounts only (a pending commune reads none).
  const guard = allow({ role: 'commune', validated: true });

  const side: ThreadSide = {
    side: 'commune',
    base: COMMUNE_MESSAGES,
    access: guard,
    participant: participantOf,
    async render(req, res, conversation, feedback = {}) {
      const reader = participantOf(req);
      const staff = await deps.conversations.activeStaffOf(reader.communeCode ?? '');
      const names = new Map(staff.map((member) => [member.id, member.name]));
      const thread = presentThread(conversation, reader, deps.communes, names);
      const state = stateOf(conversation);
      const actions = availableActions(conversation.history, 'commune', state);
      const templates = (await deps.templates.of(reader.communeCode ?? '')).templates;
      const chosen = templates.find((template) => template.id === req.query.modele);
      const values = feedback.values ?? {};
      res.status(feedback.status ?? 200).render('messages/thread', {
        title: `Conversation : ${thread.professional ? thread.professional.name : 'profil retiré'}`,
        heading: thread.professional
          ? `${thread.professional.name} – ${thread.professional.profession}`
          : 'Professionnel(le) ayant retiré son profil',
        thread,
        isCommune: true,
        useCommuneAutocomplete: true,
        inboxHref: COMMUNE_MESSAGES,
        action: threadPath(COMMUNE_MESSAGES, conversation.id),
        refusal: writingRefusal(state, 'commune'),
        templates: templates.map((template) => ({ value: template.id, label: template.title })),
        chosenTemplate: chosen?.id ?? '',
        actions: Object.fromEntries(actions.map((action) => [action, true])),
        levers: LEVERS.map((value) => ({ value, label: LEVER_LABELS[value] })),
        staff: staff.map((member) => ({
          value: member.id,
          label: member.id === reader.id ? `${member.name} (vous)` : member.name,
        })),
        assignedTo: conversation.assignedTo ?? '',
        errors: feedback.errors,
        values: {
          message: chosen?.text ?? '',
          communeInstallation: communeLabel(conversation.communeCode, deps.communes),
          leviers: [],
          ...values,
        },
      });
    },
  };

  router.get(COMMUNE_MESSAGES, guard, (req, res) => {
    const reader = participantOf(req);
    const values = shownValues(req.query, ['statut', 'vue']);
    const page = {
      title: 'Messages',
      values: { statut: values.statut, vue: values.vue || 'ouvertes' },
      statuses: FOLLOW_UP_STATUSES.map((value) => ({ value, label: FOLLOW_UP_LABELS[value] })),
      views: INBOX_VIEWS.map((value) => ({ value, label: VIEW_LABELS[value] })),
    };
    const parsed = parseInput(inboxQuery, req.query);
    if (!parsed.ok) {
      res
        .status(400)
        .render('messages/commune-inbox', { ...page, ...rejectedQuery(parsed.errors, ['statut', 'vue']) });
      return;
    }
    const { statut, vue } = parsed.value;
    const keep = (conversation: ConversationSummary) =>
      (vue === 'closes' ? conversation.closed : !conversation.closed) &&
      (vue !== 'moi' || conversation.assignedTo === reader.id) &&
      (vue !== 'non-assignees' || conversation.assignedTo === null) &&
      (!statut || currentStep(conversation.history).status === statut);
    const conversations = deps.conversations
      .inbox(reader)
      .filter(keep)
      .map((conversation) =>
        presentInboxRow(
          conversation,
          reader,
          deps.conversations.unreadIn(conversation, reader),
          deps.communes,
        ),
      );
    res.render('messages/commune-inbox', {
      ...page,
      conversations,
      filtered: Boolean(statut) || vue !== 'ouvertes',
    });
  });

  registerThreadRoutes(router, side, deps);

  /** The follow-up command of the form, or the errors by field. */
  const commandOf = (form: CommuneFollowUpValue): { command: FollowUpCommand } | { errors: FieldErrors } => {
    switch (form.action) {
      case 'discuter':
        return { command: { action: 'discuter' } };
      case 'planifier-visite': {
        const visitDate = form.dateVisite ? parisMidnight(form.dateVisite) : undefined;
        return visitDate
          ? { command: { action: 'planifier-visite', visitDate } }
          : { errors: { dateVisite: 'Indiquez la date de la visite.' } };
      }
      case 'declarer-installation': {
        const date = form.dateInstallation ? parisMidnight(form.dateInstallation) : undefined;
        const resolved = deps.communes.resolve(form.communeInstallation);
        if (!date) return { errors: { dateInstallation: 'Indiquez la date d’installation.' } };
        if (!('commune' in resolved))
          return {
            errors: {
              communeInstallation:
                'Commune inconnue : choisissez-la dans la liste, par exemple « Dole (39) ».',
            },
          };
        return {
          command: {
            action: 'declarer-installation',
            installation: { date, communeCode: resolved.commune.code, levers: form.leviers },
          },
        };
      }
      case 'classer-sans-suite':
        return { command: { action: 'classer-sans-suite', reason: form.motif } };
    }
  };

  /** Where a refusal of each action is shown. */
  const FIELD_OF_ACTION: Record<CommuneFollowUpValue['action'], string> = {
    discuter: '_',
    'planifier-visite': 'dateVisite',
    'declarer-installation': 'dateInstallation',
    'classer-sans-suite': 'motif',
  };

  router.post(`${COMMUNE_MESSAGES}/:id/suivi`, side.access, async (req, res) => {
    const conversation = await openedConversation(req, side, deps.conversations);
    const values = {
      ...shownValues(req.body, ['action', 'dateVisite', 'dateInstallation', 'communeInstallation', 'motif']),
      leviers: [req.body?.leviers ?? []].flat(),
    };
    const parsed = parseInput(communeFollowUpForm, req.body);
    if (!parsed.ok)
      return side.render(req, res, conversation, { status: 400, errors: parsed.errors, values });
    const built = commandOf(parsed.value);
    if ('errors' in built)
      return side.render(req, res, conversation, { status: 400, errors: built.errors, values });
    const result = await deps.conversations.followUp(conversation.id, participantOf(req), built.command);
    const status = result.ok ? FOLLOW_UP_LABELS[currentStep(result.conversation.history).status] : '';
    await answerWrite(
      req,
      res,
      side,
      conversation,
      result,
      `Suivi mis à jour : ${status}. Le ou la professionnel(le) le voit dans sa conversation.`,
      FIELD_OF_ACTION[parsed.value.action],
      values,
    );
  });

  router.post(`${COMMUNE_MESSAGES}/:id/responsable`, side.access, async (req, res) => {
    const conversation = await openedConversation(req, side, deps.conversations);
    const parsed = parseInput(assignForm, req.body);
    if (!parsed.ok) return side.render(req, res, conversation, { status: 400, errors: parsed.errors });
    const assignee = parsed.value.responsable || null;
    const result = await deps.conversations.assign(conversation.id, participantOf(req), assignee);
    await answerWrite(
      req,
      res,
      side,
      conversation,
      result,
      assignee ? 'Conversation assignée.' : 'La conversation n’est plus assignée.',
      'responsable',
    );
  });

  router.post(`${COMMUNE_MESSAGES}/:id/cloture`, side.access, async (req, res) => {
    const conversation = await openedConversation(req, side, deps.conversations);
    const parsed = parseInput(switchForm('clore'), req.body);
    if (!parsed.ok) throw new HttpError(400, UNREADABLE_ACTION);
    const close = parsed.value.clore === 'oui';
    const result = await deps.conversations.setClosed(conversation.id, participantOf(req), close);
    await answerWrite(
      req,
      res,
      side,
      conversation,
      result,
      close ? 'Conversation close.' : 'Conversation rouverte.',
    );
  });

  return router;
}
