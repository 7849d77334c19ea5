// What each action of the service counts against (the numbers are in limit-rules.ts), and whom the
// journal names when one is refused: the account when there is one, else the address.
import { Types } from 'mongoose';
import { maskedEmail, normaliseEmail } from '../../domain/accounts/email-address';
import type { Side } from '../../domain/contacts/follow-up';
import { UserModel } from '../../models/user';
import { UserEmailModel } from '../../models/user-email';
import type { Actor } from '../audit/audit-log';
import type { LimitRules } from './limit-rules';
import type { Counted, Limit, RateLimiter } from './rate-limiter';

const ANONYMOUS: Actor = { id: null, label: 'anonyme' };

const accountActor = async (userId: string): Promise<Actor> => {
  const user = Types.ObjectId.isValid(userId) ? await UserModel.findById(userId, { email: 1 }).lean() : null;
  return user ? { id: user._id, label: user.email } : { id: null, label: 'compte supprimé' };
};

/** An account's own actions. */
const perAccount = (limit: Limit, userId: string): Counted => ({
  limit,
  key: userId,
  journal: async () => {
    const actor = await accountActor(userId);
    return { actor, target: { type: 'compte', id: userId, label: actor.label } };
  },
});

/** Attempts that name an e-mail address (login, sign-up, reset). */
const perEmail = (limit: Limit, typed: string): Counted => {
  const email = normaliseEmail(typed);
  return {
    limit,
    key: email,
    journal: async () => {
      const known = await UserEmailModel.findById(email).lean();
      return {
        actor: ANONYMOUS,
        target: known
          ? { type: 'compte', id: String(known.userId), label: email }
          : // An address with no account is not kept in clear (it may be a mistyped one, or a probe).
            { type: 'adresse-email', id: maskedEmail(email) },
      };
    },
  };
};

/** Requests from one network address (an IPv6 one stands for its /56: see the web layer). */
const perAddress = (limit: Limit, address: string): Counted => ({
  limit,
  key: address,
  journal: async () => ({ actor: ANONYMOUS, target: { type: 'adresse-ip', id: address } }),
});

/** Messages of one side of a conversation (one side cannot use up the other's allowance). */
const perConversation = (limit: Limit, conversationId: string, side: Side, authorId: string): Counted => ({
  limit,
  key: `${conversationId}:${side}`,
  journal: async () => ({
    actor: await accountActor(authorId),
    target: { type: 'conversation', id: conversationId, label: `côté ${side}` },
  }),
});

export interface MessageCount {
  authorId: string;
  conversationId: string;
  side: Side;
  /** The first message to a commune: a new conversation counts as a contact too. */
  opensConversation: boolean;
}

export function createLimits(limiter: Pick<RateLimiter, 'hit' | 'failuresOnly'>, rules: LimitRules) {
  /** A form that sends an e-mail: per network address, and per address typed when there is one. */
  const emailingForm =
    (limits: { perAddress: Limit; perAccount: Limit }) => (address: string, email: string) =>
      limiter.hit([
        perAddress(limits.perAddress, address),
        ...(email ? [perEmail(limits.perAccount, email)] : []),
      ]);

  return {
    /** A login's password check: wrong passwords count per typed address and per network address. */
    login: <T>(email: string, address: string, check: () => Promise<T | undefined>) =>
      limiter.failuresOnly(
        [perEmail(rules.login.perAccount, email), perAddress(rules.login.perAddress, address)],
        check,
      ),

    /** "Mon compte" forms' current password: wrong ones count per account. */
    currentPassword: <T>(userId: string, check: () => Promise<T | undefined>) =>
      limiter.failuresOnly([perAccount(rules.currentPassword, userId)], check),

    /** A reply or a first message. */
    message: ({ authorId, conversationId, side, opensConversation }: MessageCount) =>
      limiter.hit([
        perAccount(rules.messages.perMinute, authorId),
        perAccount(rules.messages.perDay, authorId),
        perConversation(rules.conversation, conversationId, side, authorId),
        ...(opensConversation ? [perAccount(rules.contacts, authorId)] : []),
      ]),

    /** "Proposer nos offres", per commune account. */
    proposal: (staffId: string) =>
      limiter.hit([
        perAccount(rules.proposals.perMinute, staffId),
        perAccount(rules.proposals.perDay, staffId),
      ]),

    signUp: emailingForm(rules.signUp),
    passwordReset: emailingForm(rules.passwordReset),

    /** The open data API, per network address. */
    openData: (address: string) => limiter.hit([perAddress(rules.openData, address)]),

    /** Refused requests (403) journalised for one network address: a flood cannot fill the journal. */
    refusalJournal: (address: string) => limiter.hit([perAddress(rules.refusalJournal, address)]),
  };
}

export type Limits = ReturnType<typeof createLimits>;
