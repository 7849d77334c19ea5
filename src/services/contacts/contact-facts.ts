// The facts the partner statistics count (contract: src/domain/statistics/contact-fact.ts), from the
// conversations in memory. `person` is an HMAC of the professional's id under a server-side salt:
// stable for counting distinct people, never the id itself and not reversible without the salt.
import { createHmac } from 'node:crypto';
import { currentStep } from '../../domain/contacts/follow-up';
import type { ContactFact } from '../../domain/statistics/contact-fact';
import type { ConversationReadModel } from './conversation-read-model';

export const personKey = (salt: string, professionalId: string): string =>
  createHmac('sha256', salt).update(professionalId).digest('base64url');

export function contactFacts(readModel: Pick<ConversationReadModel, 'all'>, salt: string): ContactFact[] {
  return [...readModel.all()].map((conversation) => {
    const step = currentStep(conversation.history);
    const confirmed = step.status === 'installation-confirmee' ? step.installation : null;
    return {
      person: personKey(salt, conversation.professionalId),
      communeCode: conversation.communeCode,
      profession: conversation.professional.profession,
      status: conversation.professional.status,
      startedAt: conversation.startedAt,
      installation: confirmed && {
        confirmedAt: step.at,
        communeCode: confirmed.communeCode,
        levers: confirmed.levers,
      },
    };
  });
}
