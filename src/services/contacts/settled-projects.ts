// Whether a professional's project has ended in a confirmed installation: the project of a
// conversation whose installation was confirmed, or every project of its owner when that
// conversation named none. Such a project leaves the communes' "Projets compatibles" and its alert
// stops: the person has settled (what follows is the check-ins' business, see domain/retention).
import { currentStep } from '../../domain/contacts/follow-up';
import type { ConversationReadModel } from './conversation-read-model';

export type IsSettled = (project: { id: string; ownerId: string }) => boolean;

export const settledProjects =
  (conversations: Pick<ConversationReadModel, 'ofProfessional'>): IsSettled =>
  (project) =>
    conversations
      .ofProfessional(project.ownerId)
      .some(
        (conversation) =>
          (conversation.projectId === null || conversation.projectId === project.id) &&
          currentStep(conversation.history).status === 'installation-confirmee',
      );
