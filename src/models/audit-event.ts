import { Schema, Types, model } from 'mongoose';

/** Who did what, when, to what: the moderation and security trail. */
const auditEventSchema = new Schema(
  {
    at: { type: Date, required: true },
    actorId: { type: Types.ObjectId, default: null },
    actorLabel: { type: String, required: true },
    action: { type: String, required: true },
    targetType: { type: String, required: true },
    targetId: { type: String, required: true },
    targetLabel: { type: String, default: '' },
    details: { type: String, default: '' },
    /** The request it happened in, if any: the client's address and the id in the request logs. */
    ip: { type: String, default: '' },
    requestId: { type: String, default: '' },
  },
  { versionKey: false, strict: 'throw' },
);

export const AuditEventModel = model('AuditEvent', auditEventSchema, 'audit_events');
