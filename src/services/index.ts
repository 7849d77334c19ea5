// The composition of every service the web layer uses; tests build it the same way.
import { randomBytes } from 'node:crypto';
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
import { contactFacts } from './contacts/contact-facts';
import { createConversationNotices } from './contacts/conversation-notices';
import type { ConversationReadModel } from './contacts/conversation-read-model';
import { createConversationService } from './contacts/conversation-service';
import { createMessageReports } from './contacts/message-reports';
import { createReplyTemplates } from './contacts/reply-templates';
import { createCommuneDirectory } from './geography/commune-directory';
import { createMailer } from './mail/mailer';
import { type CommuneNeeds, createCommuneProfiles } from './offers/commune-profiles';
import { createMatchingService } from './matching/matching-service';
import { createOfferProposals } from './matching/proposals';
import { createSharedProjects } from './matching/shared-projects';
import type { OfferReadModel } from './offers/offer-read-model';
import { createOfferService } from './offers/offer-service';
import { createProfessionalProfiles } from './projects/professional-profiles';
import { type ProjectReadModel, createProjectService } from './projects/project-service';

/** The in-memory read models, loaded from the database at start. */
export interface ReadModels {
  gazetteer: Gazetteer;
  offers: OfferReadModel;
  projects: ProjectReadModel;
  communeNeeds: CommuneNeeds;
  conversations: ConversationReadModel;
}

export function createServices(
  database: Database,
  { gazetteer, offers, projects, communeNeeds, conversations }: ReadModels,
  config: Config,
) {
  const accountDeps: AccountDeps = {
    hasher: createPasswordHasher(config.passwordHash),
    mailer: createMailer(config.mail),
    audit: createAuditLog(),
    publicUrl: config.publicUrl,
  };
  const communeDirectory = createCommuneDirectory(gazetteer);
  const proposals = createOfferProposals({
    mailer: accountDeps.mailer,
    audit: accountDeps.audit,
    communes: communeDirectory,
    publicUrl: config.publicUrl,
  });
  const projectService = createProjectService(projects, (projectId) => proposals.removeOfProject(projectId));
  const professionalProfiles = createProfessionalProfiles(accountDeps.audit);
  const matching = createMatchingService(gazetteer, offers, communeNeeds);
  const conversationService = createConversationService({
    readModel: conversations,
    notices: createConversationNotices({
      // wired to the notification service at merge
      notify: async () => {},
      communes: communeDirectory,
    }),
    communes: communeDirectory,
  });
  const moderation = createModeration(accountDeps);
  // Per process: the statistics' person keys are stable while it runs, and meaningless outside it.
  const contactFactsSalt = randomBytes(32).toString('hex');
  return {
    database,
    gazetteer,
    communes: communeDirectory,
    audit: accountDeps.audit,
    mailer: accountDeps.mailer,
    registration: createRegistration(accountDeps),
    signIn: createSignIn(accountDeps),
    passwordReset: createPasswordReset(accountDeps),
    // Deleting an account erases the person's projects too.
    // A person's projects, the proposals they received and their conversations are exported with the
    // account; on deletion the projects are erased and the conversations withdrawn (see eraseOf).
    accountSettings: createAccountSettings(accountDeps, {
      exportOf: async (userId) => {
        const own = projectService.ofOwner(userId);
        return {
          projects: own,
          proposals: (await Promise.all(own.map((project) => proposals.ofProject(project.id)))).flat(),
          conversations: conversationService.exportOf(userId),
        };
      },
      removeOf: async (userId) => {
        await projectService.removeAllOf(userId);
        await conversationService.eraseOf(userId);
      },
    }),
    moderation,
    offers: createOfferService(offers, accountDeps.audit),
    offerReadModel: offers,
    communeProfiles: createCommuneProfiles(accountDeps.audit, communeNeeds),
    matching,
    proposals,
    sharedProjects: createSharedProjects({
      projects: projectService,
      profiles: professionalProfiles,
      geography: matching.geography,
    }),
    projects: projectService,
    professionalProfiles,
    conversations: conversationService,
    replyTemplates: createReplyTemplates(),
    messageReports: createMessageReports(moderation),
    /** For the partner statistics (wired to the dashboard at merge). */
    contactFacts: () => contactFacts(conversations, contactFactsSalt),
  };
}

export type Services = ReturnType<typeof createServices>;
