// The composition of every service the web layer uses; tests build it the same way.
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { Gazetteer } from '../domain/geo/gazetteer';
import { createAccountSettings } from './accounts/account-settings';
import type { AccountDeps } from './accounts/account-deps';
import { createModeration } from './accounts/moderation';
import { createPasswordHasher } from './accounts/password-hasher';
import { createPasswordReset } from './accounts/password-reset';
import { createRegistration } from './accounts/registration';
import { createSignIn } from './accounts/sign-in';
import { createAuditLog } from './audit/audit-log';
import { createCommuneDirectory } from './geography/commune-directory';
import { createMailer } from './mail/mailer';
import { createCommuneProfiles } from './offers/commune-profiles';
import type { OfferReadModel } from './offers/offer-read-model';
import { createOfferService } from './offers/offer-service';

/** The in-memory read models, loaded from the database at start. */
export interface ReadModels {
  gazetteer: Gazetteer;
  offers: OfferReadModel;
}

export function createServices(database: Database, { gazetteer, offers }: ReadModels, config: Config) {
  const accountDeps: AccountDeps = {
    hasher: createPasswordHasher(config.passwordHash),
    mailer: createMailer(config.mail),
    audit: createAuditLog(),
    publicUrl: config.publicUrl,
  };
  return {
    database,
    gazetteer,
    communes: createCommuneDirectory(gazetteer),
    audit: accountDeps.audit,
    mailer: accountDeps.mailer,
    registration: createRegistration(accountDeps),
    signIn: createSignIn(accountDeps),
    passwordReset: createPasswordReset(accountDeps),
    accountSettings: createAccountSettings(accountDeps),
    moderation: createModeration(accountDeps),
    offers: createOfferService(offers, accountDeps.audit),
    offerReadModel: offers,
    communeProfiles: createCommuneProfiles(accountDeps.audit),
  };
}

export type Services = ReturnType<typeof createServices>;
