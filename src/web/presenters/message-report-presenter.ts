// The moderators' queue of reported messages: the text, who wrote it and who reported it, and the
// decision form of each report (with the errors and typed values of the one just refused).
import type { ConversationReadModel } from '../../services/contacts/conversation-read-model';
import type { MessageReportView } from '../../services/contacts/pending-reports';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import type { FieldErrors } from '../validation';
import { communeLabel } from './conversation-presenter';

export const REPORTS_PATH = '/moderation/signalements';

/** The report whose decision was just refused, shown again with its errors. */
export interface RefusedDecision {
  id: string;
  errors: FieldErrors;
  values: Record<string, string>;
}

export function presentReportQueue(
  pending: readonly MessageReportView[],
  conversations: Pick<ConversationReadModel, 'get'>,
  communes: Pick<CommuneDirectory, 'details'>,
  refused?: RefusedDecision,
) {
  return pending.map((report, index) => {
    const conversation = conversations.get(report.conversationId);
    const commune = `Commune de ${communeLabel(report.communeCode, communes)}`;
    const professional = conversation?.professional.name || 'Professionnel(le) (compte supprimé)';
    const shown = refused?.id === report.id ? refused : undefined;
    return {
      ...report,
      author: report.authorSide === 'commune' ? commune : professional,
      reporter: report.authorSide === 'commune' ? professional : commune,
      authorHref: `/moderation/comptes/${report.authorId}`,
      action: `${REPORTS_PATH}/${report.id}/decision`,
      motifId: `motif-${String(index)}`,
      errors: shown?.errors,
      values: shown?.values ?? {},
    };
  });
}
