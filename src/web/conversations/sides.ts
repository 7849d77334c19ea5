// The two sides of a conversation page: the professional's and the commune's (its staff), each with
// its access rule, who acts, and its thread page. Pending accounts use neither.
import type { Request } from 'express';
import type { Services } from '../../services';
import type { Participant } from '../../services/contacts/conversation-service';
import { allow } from '../access/access';
import { HttpError } from '../http-errors';
import { communeThreadPage, professionalThreadPage } from '../presenters/conversation-thread-page';
import { staffOf } from '../session/commune-staff';
import { COMMUNE_MESSAGES, PROFESSIONAL_MESSAGES } from './paths';
import type { ThreadSide } from './thread-side';

type SideServices = Pick<Services, 'conversations' | 'communes' | 'replyTemplates'>;

export const professionalParticipant = (req: Request): Participant => {
  const user = req.user;
  if (!user) throw new HttpError(403, 'Connectez-vous pour continuer.');
  return { side: 'professionnel', id: user.id, communeCode: null, active: user.status === 'actif' };
};

export const communeParticipant = (req: Request): Participant => {
  const staff = staffOf(req);
  return { side: 'commune', id: staff.id, communeCode: staff.communeCode, active: staff.active };
};

export const professionalSide = ({ communes }: Pick<SideServices, 'communes'>): ThreadSide => ({
  base: PROFESSIONAL_MESSAGES,
  access: allow({ role: 'professionnel', validated: true }),
  participant: professionalParticipant,
  async render(req, res, conversation, feedback = {}) {
    const page = professionalThreadPage(conversation, professionalParticipant(req), communes, feedback);
    res.status(feedback.status ?? 200).render('messages/thread', page);
  },
});

export const communeSide = ({ conversations, communes, replyTemplates }: SideServices): ThreadSide => ({
  base: COMMUNE_MESSAGES,
  access: allow({ role: 'commune', validated: true }),
  participant: communeParticipant,
  async render(req, res, conversation, feedback = {}) {
    const reader = communeParticipant(req);
    const communeCode = reader.communeCode ?? '';
    const page = communeThreadPage(
      conversation,
      reader,
      {
        communes,
        staff: await conversations.activeStaffOf(communeCode),
        templates: (await replyTemplates.of(communeCode)).templates,
        chosenTemplate: req.query.modele,
      },
      feedback,
    );
    res.status(feedback.status ?? 200).render('messages/thread', page);
  },
});
