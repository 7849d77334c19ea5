// The reported messages waiting for a moderator's decision, in memory: the moderators' queue never
// queries the collection (on the embedded database a query by status reads every report ever made).
// Bound: the reports not decided yet; a decided one leaves memory (the database keeps it).
import { MessageReportModel, type ReportStatus } from '../../models/message-report';
import { ReadModel } from '../read-models/read-model';

export interface MessageReportView {
  id: string;
  conversationId: string;
  messageIndex: number;
  text: string;
  authorId: string;
  authorSide: 'professionnel' | 'commune';
  communeCode: string;
  reason: string;
  at: Date;
  status: ReportStatus;
}

export const toReportView = (stored: {
  _id: string;
  conversationId: string;
  messageIndex: number;
  text: string;
  authorId: unknown;
  authorSide: 'professionnel' | 'commune';
  communeCode: string;
  reason?: string | null;
  at: Date;
  status: ReportStatus;
}): MessageReportView => ({
  id: stored._id,
  conversationId: stored.conversationId,
  messageIndex: stored.messageIndex,
  text: stored.text,
  authorId: String(stored.authorId),
  authorSide: stored.authorSide,
  communeCode: stored.communeCode,
  reason: stored.reason ?? '',
  at: stored.at,
  status: stored.status,
});

export class PendingReports extends ReadModel<MessageReportView> {
  constructor() {
    super({
      name: 'message_reports',
      model: MessageReportModel as never,
      select: { reporterId: 0, decidedBy: 0, decidedAt: 0 },
      filter: { status: 'a-traiter' },
      toView: (stored: Parameters<typeof toReportView>[0]) =>
        stored.status === 'a-traiter' ? toReportView(stored) : undefined,
      idOf: (report) => report.id,
    });
  }
}
