import { Schema, Types, model } from 'mongoose';

/**
 * Work that must survive a crash and run once across instances: an e-mail to send, the alerts to
 * evaluate after a publication. A job is claimed by one instance with an atomic update (state,
 * owner and lease together), deleted once done, and put back with a later `runAt` when it fails.
 * See services/jobs/job-queue.ts.
 */
const jobSchema = new Schema(
  {
    kind: { type: String, required: true },
    payload: { type: Schema.Types.Mixed, required: true },
    state: { type: String, enum: ['pending', 'running'], required: true },
    /** Not before: the backoff after a failure. */
    runAt: { type: Date, required: true },
    attempts: { type: Number, default: 0 },
    /** The instance running it, and until when: past that, another instance may take it over. */
    claimedBy: { type: String, default: null },
    leaseUntil: { type: Date, default: null },
    /** The last failure's message (never the payload). */
    lastError: { type: String, default: '' },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, strict: 'throw' },
);

export type JobDocument = {
  _id: Types.ObjectId;
  kind: string;
  payload: unknown;
  state: 'pending' | 'running';
  runAt: Date;
  attempts: number;
  claimedBy: string | null;
  leaseUntil: Date | null;
  lastError: string;
  createdAt: Date;
};

export const JobModel = model('Job', jobSchema, 'jobs');
