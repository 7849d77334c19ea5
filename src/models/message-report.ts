import { type InferSchemaType, Schema, Types, model } from 'mongoose';

export const REPORT_STATUSES = ['a-traiter', 'classe', 'auteur-suspendu'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * A message reported to the moderators. One per message and reporting side: the `_id` is
 * "<conversationId>:<message index>", messages being only ever appended. The text is copied, so the
 * moderator reads what was reported.
 */
const messageReportSchema = new Schema(
  {
    _id: { type: String, required: true },
    conversationId: { type: String, required: true },
    messageIndex: { type: Number, required: true },
    text: { type: String, required: true },
    authorId: { type: Types.ObjectId, required: true },
    authorSide: { type: String, enum: ['professionnel', 'commune'], required: true },
    communeCode: { type: String, required: true },
    reporterId: { type: Types.ObjectId, required: true },
    reason: { type: String, default: '' },
    at: { type: Date, required: true },
    status: { type: String, enum: REPORT_STATUSES, required: true },
    decidedBy: { type: Types.ObjectId, default: null },
    decidedAt: { type: Date, default: null },
  },
  { strict: 'throw', versionKey: false },
);

export const messageReportId = (conversationId: string, messageIndex: number): string =>
  `${conversationId}:${String(messageIndex)}`;

export type MessageReportDocument = InferSchemaType<typeof messageReportSchema>;
export const MessageReportModel = model('MessageReport', messageReportSchema, 'message_reports');
