// Sign-up and e-mail verification.
import { Types } from 'mongoose';
import { normaliseEmail } from '../../domain/accounts/email-address';
import {
  type CommuneFunction,
  needsModeration,
  type PartnerType,
  type TerritoryLevel,
} from '../../domain/accounts/roles';
import { UserModel } from '../../models/user';
import { UserEmailModel } from '../../models/user-email';
import { trySending } from '../mail/mailer';
import { accountEmails } from './account-emails';
import type { AccountDeps } from './account-deps';
import { EMAIL_TOKEN_LIFETIME_MS } from './account-deps';
import { claimEmail } from './credentials';
import { consumeToken, issueToken } from './one-time-tokens';

interface SignUpCommon {
  name: string;
  email: string;
  password: string;
}

export type SignUpInput =
  | (SignUpCommon & { role: 'professionnel' })
  | (SignUpCommon & { role: 'commune'; communeCode: string; fonction: CommuneFunction })
  | (SignUpCommon & {
      role: 'partenaire';
      partnerType: PartnerType;
      organisation: string;
      territoryLevel: TerritoryLevel;
      territoryCode: string;
    });

/** Whether the e-mail went out; the same outcome whether or not the address had an account. */
export interface EmailSending {
  emailSent: boolean;
}

export type EmailConfirmation =
  | { status: 'confirmed'; awaitingModeration: boolean }
  | { status: 'address-changed' }
  | { status: 'invalid' }
  | { status: 'address-taken' };

export function createRegistration(deps: AccountDeps) {
  const link = (path: string) => `${deps.publicUrl}${path}`;

  return {
    /**
     * Creates the account and e-mails a verification link. An address that already has an account
     * gets a reminder instead, after the same work (one password hash, one journal entry, one
     * e-mail), and the caller answers the same: sign-up reveals neither by its answer nor by its time
     * who is registered. An e-mail that cannot be sent leaves the account waiting for its
     * verification, which `resendVerification` sends again.
     */
    async signUp(input: SignUpInput): Promise<EmailSending> {
      const email = normaliseEmail(input.email);
      const id = new Types.ObjectId();
      const passwordHash = await deps.hasher.hash(input.password);
      if (!(await claimEmail(email, id))) {
        const owner = await UserEmailModel.findById(email).lean();
        // About the account that has the address: erased with it if it is deleted.
        await deps.audit.record({
          actor: { id: null, label: 'anonyme' },
          action: 'compte.inscription-adresse-existante',
          target: { type: 'compte', id: String(owner?.userId ?? ''), label: email },
          details: input.role,
        });
        return {
          emailSent: await trySending(
            deps.mailer,
            accountEmails.alreadyRegistered(email, link('/connexion'), link('/mot-de-passe-oublie')),
          ),
        };
      }
      await UserModel.create({
        _id: id,
        email,
        name: input.name,
        role: input.role,
        status: 'email-a-verifier',
        passwordHash,
        commune: input.role === 'commune' ? { code: input.communeCode, fonction: input.fonction } : undefined,
        partner:
          input.role === 'partenaire'
            ? {
                type: input.partnerType,
                nom: input.organisation,
                territoire: { niveau: input.territoryLevel, code: input.territoryCode },
              }
            : undefined,
      });
      await deps.audit.record({
        actor: { id, label: email },
        action: 'compte.inscription',
        target: { type: 'compte', id: String(id), label: email },
        details: input.role,
      });
      const token = await issueToken(id, 'verify-email', EMAIL_TOKEN_LIFETIME_MS);
      return {
        emailSent: await trySending(
          deps.mailer,
          accountEmails.verifyAddress(email, link(`/verification-email/${token}`)),
        ),
      };
    },

    /**
     * A new verification link for an account that waits for one; one e-mail whatever the address
     * (a reminder to a verified account, a "no account here" to an unknown one): the answer is the same.
     */
    async resendVerification(typedEmail: string): Promise<EmailSending> {
      const email = normaliseEmail(typedEmail);
      const key = await UserEmailModel.findById(email).lean();
      const user = key && (await UserModel.findById(key.userId).lean());
      if (!user)
        return {
          emailSent: await trySending(deps.mailer, accountEmails.noAccount(email, link('/inscription'))),
        };
      if (user.status !== 'email-a-verifier')
        return {
          emailSent: await trySending(
            deps.mailer,
            accountEmails.alreadyRegistered(email, link('/connexion'), link('/mot-de-passe-oublie')),
          ),
        };
      const token = await issueToken(user._id, 'verify-email', EMAIL_TOKEN_LIFETIME_MS);
      return {
        emailSent: await trySending(
          deps.mailer,
          accountEmails.verifyAddress(email, link(`/verification-email/${token}`)),
        ),
      };
    },

    /** Uses a verification link: activates a new account, or applies a new address. */
    async confirmEmail(token: string): Promise<EmailConfirmation> {
      const consumed = await consumeToken(token, 'verify-email');
      const user = consumed && (await UserModel.findById(consumed.userId));
      if (!consumed || !user) return { status: 'invalid' };

      if (consumed.email) {
        const newEmail = consumed.email;
        if (!(await claimEmail(newEmail, user._id))) return { status: 'address-taken' };
        await UserEmailModel.deleteOne({ _id: user.email });
        const previous = user.email;
        user.email = newEmail;
        await user.save();
        await deps.audit.record({
          actor: { id: user._id, label: newEmail },
          action: 'compte.email-modifie',
          target: { type: 'compte', id: String(user._id), label: newEmail },
          details: `ancienne adresse : ${previous}`,
        });
        return { status: 'address-changed' };
      }

      if (user.status === 'email-a-verifier') {
        user.status = needsModeration(user.role) ? 'en-attente' : 'actif';
        user.emailVerifiedAt = new Date();
        await user.save();
        await deps.audit.record({
          actor: { id: user._id, label: user.email },
          action: 'compte.email-verifie',
          target: { type: 'compte', id: String(user._id), label: user.email },
        });
      }
      return { status: 'confirmed', awaitingModeration: user.status === 'en-attente' };
    },
  };
}

export type Registration = ReturnType<typeof createRegistration>;
