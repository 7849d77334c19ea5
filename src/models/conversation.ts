import { createHash } from 'node:crypto';
import { type InferSchemaType, Schema, Types, model } from 'mongoose';
import { FOLLOW_UP_STATUSES } from '../domain/contacts/follow-up';
import { PROJECT_STATUSES } from '../domain/matching/types';
import { PROFESSIONS } from '../domain/professions';
import { LEVERS } from '../domain/statistics/contact-fact';

const SIDES = ['professionnel', 'commune'] as const;

const messageSchema = new Schema(
  {
    side: { type: String, enum: SIDES, required: true },
    authorId: { type: Types.ObjectId, required: true },
    text: { type: String, required: true },
    at: { type: Date, required: true },
    /** The offer the professional wrote from, if any. */
    offerId: { type: String, default: null },
  },
  { _id: false, strict: 'throw' },
);

const stepSchema = new Schema(
  {
    status: { type: String, enum: FOLLOW_UP_STATUSES, required: true },
    at: { type: Date, required: true },
    side: { type: String, enum: SIDES, required: true },
    visitDate: { type: Date, default: null },
    installation: {
      type: new Schema(
        {
          date: { type: Date, required: true },
          communeCode: { type: String, required: true },
          levers: { type: [String], enum: LEVERS, default: [] },
        },
        { _id: false, strict: 'throw' },
      ),
      default: null,
    },
    reason: { type: String, default: '' },
  },
  { _id: false, strict: 'throw' },
);

/**
 * A conversation between a professional and a commune's staff. One per professional and commune:
 * the `_id` is derived from both (see `conversationId`), so the database refuses a second one; writing
 * again from another offer adds to it. Messages and follow-up steps are embedded and only ever appended;
 * every write compares-and-sets `revision` (no transactions on FerretDB), so that two staff members
 * acting at once never overwrite each other. `reads` maps a reader's id to the number of messages
 * they had seen.
 */
const conversationSchema = new Schema(
  {
    _id: { type: String, required: true },
    professionalId: { type: Types.ObjectId, required: true },
    communeCode: { type: String, required: true },
    /** Where it started. */
    projectId: { type: String, default: null },
    offerId: { type: String, default: null },
    /** The professional as they were when they last wrote from a page (statistics use this snapshot). */
    professional: {
      type: new Schema(
        {
          name: { type: String, default: '' },
          profession: { type: String, enum: PROFESSIONS, required: true },
          status: { type: String, enum: PROJECT_STATUSES, required: true },
        },
        { _id: false, strict: 'throw' },
      ),
      required: true,
    },
    /** The lines of their project the professional chose to share, as the commune reads them. */
    shared: {
      type: [new Schema({ key: String, label: String, text: String }, { _id: false, strict: 'throw' })],
      default: [],
    },
    messages: { type: [messageSchema], default: [] },
    /**
     * The last message's side and text, written with each message: the inboxes kept in memory read
     * it without loading every message (conversations written before it have none: read once).
     */
    lastMessage: {
      type: new Schema(
        { side: { type: String, enum: SIDES, required: true }, text: { type: String, required: true } },
        { _id: false, strict: 'throw' },
      ),
      default: null,
    },
    history: { type: [stepSchema], default: [] },
    assignedTo: { type: Types.ObjectId, default: null },
    closed: { type: Boolean, default: false },
    withdrawnAt: { type: Date, default: null },
    blockedBy: { type: [String], enum: SIDES, default: [] },
    reads: { type: Map, of: Number, default: {} },
    startedAt: { type: Date, required: true },
    lastActivityAt: { type: Date, required: true },
    revision: { type: Number, required: true },
  },
  { strict: 'throw', versionKey: false, minimize: false },
);

/**
 * 24 hex digits hashed from the professional's id and the commune: unique per pair, and the
 * commune's pages and URLs never carry the professional's account id.
 */
export const conversationId = (professionalId: string, communeCode: string): string =>
  createHash('sha256').update(`conversation:${professionalId}:${communeCode}`).digest('hex').slice(0, 24);

export type ConversationDocument = InferSchemaType<typeof conversationSchema>;
export const ConversationModel = model('Conversation', conversationSchema, 'conversations');
