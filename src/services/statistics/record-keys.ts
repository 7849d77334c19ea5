// The record keys of cell-key perturbation (src/domain/statistics/README.md): each person's key is an
// HMAC of their account id under the statistics key, a random secret drawn once — by the first
// instance that starts on the database — and stored there. Why this design:
// - the same person has the same key after a restart and on every instance sharing the database,
//   so the same people always give the same published figure;
// - one read by _id at start, then keys are computed in memory: no collection scan, no field to add
//   to every account (nothing to backfill, nothing to erase with an account);
// - a partner cannot compute anyone's key without the secret, so cannot undo the noise.
// The opaque `person` id the statistics count comes from the same HMAC: never the account id.
import { setNewest } from '../../domain/recent-entries';
import { createHmac, randomBytes } from 'node:crypto';
import type { PersonRecord } from '../../domain/statistics/people';
import { CELL_KEY_RANGE } from '../../domain/statistics/perturbation-table';
import { StatisticsKeyModel } from '../../models/statistics-key';

const RECORD_KEYS = 'record-keys';
/** Record keys remembered: every professional of a national deployment, about 15 MB at most. */
const KEPT_RECORDS = 100_000;

export interface RecordKeys {
  /** The person behind an account id, as the statistics count them. */
  of(accountId: string): PersonRecord;
}

export function recordKeysUnder(secret: string): RecordKeys {
  // Derived, never changed: the same on every instance, so a plain memo is safe. One entry per
  // account counted (about 150 bytes): at most KEPT_RECORDS, the oldest forgotten first.
  const known = new Map<string, PersonRecord>();
  return {
    of(accountId) {
      let record = known.get(accountId);
      if (!record) {
        const digest = createHmac('sha256', secret).update(accountId).digest();
        record = {
          person: digest.subarray(0, 16).toString('base64url'),
          recordKey: digest.readUIntBE(16, 6) % CELL_KEY_RANGE,
        };
        setNewest(known, accountId, record, KEPT_RECORDS);
      }
      return record;
    },
  };
}

/** Reads the statistics key, or draws and stores it the first time (two instances at once agree). */
export async function loadRecordKeys(): Promise<RecordKeys> {
  const stored = await StatisticsKeyModel.findById(RECORD_KEYS).lean();
  if (stored) return recordKeysUnder(stored.secret);
  try {
    await StatisticsKeyModel.create({
      _id: RECORD_KEYS,
      secret: randomBytes(32).toString('base64url'),
      createdAt: new Date(),
    });
  } catch (error) {
    if ((error as { code?: number }).code !== 11000) throw error;
  }
  const drawn = await StatisticsKeyModel.findById(RECORD_KEYS).lean();
  if (!drawn) throw new Error('The statistics key could not be stored');
  return recordKeysUnder(drawn.secret);
}
