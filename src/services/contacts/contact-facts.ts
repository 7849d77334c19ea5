// The facts the partner statistics count (contract: src/domain/statistics/contact-fact.ts), from the
// conversations in memory. The professional appears as the statistics' person record (an opaque id
// and a record key, see ../statistics/record-keys.ts), never as the account id.
import { currentStep } from '../../domain/contacts/follow-up';
import type { ContactFact } from '../../domain/statistics/contact-fact';
import type { RecordKeys } from '../statistics/record-keys';
import type { ConversationReadModel } from './conversation-read-model';

export function contactFacts(
  readModel: Pick<ConversationReadModel, 'all'>,
  recordKeys: RecordKeys,
  /** The check-in answers of each confirmed installation, by conversation (absent: none known). */
  checkIns: ReadonlyMap<string, NonNullable<ContactFact['checkIns']>> = new Map(),
): ContactFact[] {
  return [...readModel.all()].map((conversation) => {
    const step = currentStep(conversation.history);
    const confirmed = step.status === 'installation-confirmee' ? step.installation : null;
    return {
      ...recordKeys.of(conversation.professionalId),
      communeCode: conversation.communeCode,
      profession: conversation.professional.profession,
      status: conversation.professional.status,
      startedAt: conversation.startedAt,
      installation: confirmed && {
        confirmedAt: step.at,
        communeCode: confirmed.communeCode,
        levers: confirmed.levers,
      },
      checkIns: confirmed ? (checkIns.get(conversation.id) ?? []) : [],
    };
  });
}
