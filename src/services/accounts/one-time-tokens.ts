// Single-use tokens for e-mailed links: the raw token goes in the link, its hash in the database,
// and consuming it deletes it in the same operation (so it works once, even under concurrency).
import crypto from 'node:crypto';
import type { Types } from 'mongoose';
import { OneTimeTokenModel, type TokenPurpose } from '../../models/one-time-token';

const hashOf = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

export async function issueToken(
  userId: Types.ObjectId,
  purpose: TokenPurpose,
  lifetimeMs: number,
  email: string | null = null,
): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await OneTimeTokenModel.create({
    _id: hashOf(token),
    userId,
    purpose,
    email,
    expiresAt: new Date(Date.now() + lifetimeMs),
  });
  return token;
}

export interface ConsumedToken {
  userId: Types.ObjectId;
  email: string | null;
}

/** The token's data if it exists, has this purpose and has not expired; it cannot be used again. */
export async function consumeToken(token: string, purpose: TokenPurpose): Promise<ConsumedToken | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const stored = await OneTimeTokenModel.findOneAndDelete({ _id: hashOf(token) }).lean();
  if (!stored || stored.purpose !== purpose || stored.expiresAt.getTime() < Date.now()) return undefined;
  return { userId: stored.userId, email: stored.email ?? null };
}

/** Whether a token is valid, without using it (to show the form it leads to). */
export async function peekToken(token: string, purpose: TokenPurpose): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
  const stored = await OneTimeTokenModel.findById(hashOf(token)).lean();
  return !!stored && stored.purpose === purpose && stored.expiresAt.getTime() >= Date.now();
}
