import { signalWrites } from './write-signals';
import { type InferSchemaType, Schema, model } from 'mongoose';
import {
  ACCOUNT_STATUSES,
  COMMUNE_FUNCTIONS,
  PARTNER_TYPES,
  ROLES,
  TERRITORY_LEVELS,
} from '../domain/accounts/roles';
import { PROJECT_STATUSES } from '../domain/matching/types';
import { FREQUENCIES } from '../domain/notifications/notification-preferences';
import { PRACTICE_MODES } from '../domain/professionals/professional-profile';
import { PROFESSIONS } from '../domain/professions';

const communeMembershipSchema = new Schema(
  {
    code: { type: String, required: true },
    fonction: { type: String, enum: COMMUNE_FUNCTIONS, required: true },
  },
  { _id: false, strict: 'throw' },
);

const territorySchema = new Schema(
  {
    niveau: { type: String, enum: TERRITORY_LEVELS, required: true },
    code: { type: String, required: true },
  },
  { _id: false, strict: 'throw' },
);

const partnerOrganisationSchema = new Schema(
  {
    type: { type: String, enum: PARTNER_TYPES, required: true },
    nom: { type: String, required: true },
    territoire: { type: territorySchema, required: true },
  },
  { _id: false, strict: 'throw' },
);

const professionalProfileSchema = new Schema(
  {
    profession: { type: String, enum: PROFESSIONS, required: true },
    specialty: { type: String, default: '' },
    rpps: { type: String, default: '' },
    practiceMode: { type: String, enum: PRACTICE_MODES, required: true },
    status: { type: String, enum: PROJECT_STATUSES, required: true },
    /** Communes may see this person's projects, anonymised (off unless they say so). */
    shareAnonymised: { type: Boolean, default: false },
  },
  { _id: false, strict: 'throw' },
);

/** E-mail frequencies of the notifications; absent: the defaults (see notification-preferences). */
const notificationPreferencesSchema = new Schema(
  {
    general: { type: String, enum: FREQUENCIES, required: true },
    alertes: { type: String, enum: FREQUENCIES, required: true },
  },
  { _id: false, strict: 'throw' },
);

const moderationDecisionSchema = new Schema(
  {
    decision: { type: String, required: true },
    reason: { type: String, default: '' },
    by: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
  },
  { _id: false, strict: 'throw' },
);

/**
 * An account. Its e-mail is unique through the `user_emails` key collection (an `_id` lookup is the
 * only indexed query on the embedded database). `credentialsVersion` changes with the password:
 * sessions opened before then end.
 */
const userSchema = new Schema(
  {
    email: { type: String, required: true },
    name: { type: String, required: true },
    role: { type: String, enum: ROLES, required: true },
    status: { type: String, enum: ACCOUNT_STATUSES, required: true },
    passwordHash: { type: String, required: true },
    credentialsVersion: { type: Number, default: 1 },
    emailVerifiedAt: { type: Date, default: null },
    commune: { type: communeMembershipSchema, default: undefined },
    partner: { type: partnerOrganisationSchema, default: undefined },
    professional: { type: professionalProfileSchema, default: undefined },
    lastModeration: { type: moderationDecisionSchema, default: undefined },
    /** The status to return to when a suspension is lifted. */
    suspendedFrom: { type: String, enum: ACCOUNT_STATUSES, default: null },
    lastLoginAt: { type: Date, default: null },
    notificationPreferences: { type: notificationPreferencesSchema, default: undefined },
  },
  { timestamps: true, strict: 'throw', optimisticConcurrency: true },
);

export type UserDocument = InferSchemaType<typeof userSchema> & { _id: import('mongoose').Types.ObjectId };
/** Every write of an account, for the cache of signed-in accounts. */
export const onUserWrites = signalWrites(userSchema);
export const UserModel = model('User', userSchema, 'users');
