// The composition of every service the web layer uses; tests build it the same way.
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { Gazetteer } from '../domain/geo/gazetteer';
import type { NotificationEvent } from '../domain/notifications/notification-event';
import { resolveSessionSecret } from '../config/session-secret';
import type { AccountDirectory } from './accounts/account-directory';
import type { AlertReadModel } from './alerts/alert-read-model';
import { createAlertService } from './alerts/alert-service';
import { createAccountSettings } from './accounts/account-settings';
import { alertPersonalData } from './alerts/alert-personal-data';
import { conversationPersonalData } from './contacts/conversation-personal-data';
import { messageReportPersonalData } from './contacts/message-report-personal-data';
import { proposalPersonalData } from './matching/proposal-personal-data';
import { notificationPersonalData } from './notifications/notification-personal-data';
import { projectPersonalData } from './projects/project-personal-data';
import type { AccountDeps } from './accounts/account-deps';
import { createModeration } from './accounts/moderation';
import { createPasswordHasher } from './accounts/password-hasher';
import { createPasswordReset } from './accounts/password-reset';
import { createRegistration } from './accounts/registration';
import { createSignIn } from './accounts/sign-in';
import { createAuditLog } from './audit/audit-log';
import { contactFacts } from './contacts/contact-facts';
import { createConversationNotices, silentNotices } from './contacts/conversation-notices';
import type { ConversationReadModel } from './contacts/conversation-read-model';
import { settledProjects } from './contacts/settled-projects';
import { checkInPersonalData } from './retention/check-in-personal-data';
import { sessionPersonalData } from './sessions/session-personal-data';
import { createSessionRecords } from './sessions/session-records';
import { createCheckIns } from './retention/check-ins';
import type { CheckInReadModel } from './retention/check-in-read-model';
import type { PendingReports } from './contacts/pending-reports';
import { createCheckInLinkSigner, createCheckInLinks } from './retention/check-in-links';
import { createCheckInReminders } from './retention/check-in-reminders';
import { createConversationService } from './contacts/conversation-service';
import { createMessageReports } from './contacts/message-reports';
import { createReplyTemplates } from './contacts/reply-templates';
import { createDemoSignIn } from './demo/demo-sign-in';
import { createCommuneDirectory } from './geography/commune-directory';
import { createLimits } from './limits/limits';
import { limitRules } from './limits/limit-rules';
import { createRateLimiter } from './limits/rate-limiter';
import { createJobQueue } from './jobs/job-queue';
import { createLogger } from './logger';
import { createMailer } from './mail/mailer';
import { createQueuedMailer } from './mail/queued-mailer';
import { createDigest } from './notifications/digest';
import { createEmailGrouping } from './notifications/email-grouping';
import { createNotificationPreferences } from './notifications/notification-preferences';
import { createNotifier } from './notifications/notifier';
import type { NotificationLists } from './notifications/notification-lists';
import type { UnreadCounts } from './notifications/unread-counts';
import { createUnsubscribeLinks } from './notifications/unsubscribe-links';
import { type CommuneNeeds, createCommuneProfiles } from './offers/commune-profiles';
import { createMatchingService } from './matching/matching-service';
import { createOfferProposals } from './matching/proposals';
import { createSharedProjects } from './matching/shared-projects';
import { createOfferMap } from './map/offer-map';
import { createPublishedOffers } from './map/published-offers';
import type { ProposalReadModel } from './matching/proposal-read-model';
import type { OfferReadModel } from './offers/offer-read-model';
import { createOfferService } from './offers/offer-service';
import { createProfessionalProfiles } from './projects/professional-profiles';
import { type ProjectReadModel, createProjectService } from './projects/project-service';
import { createDashboardService } from './statistics/dashboard-service';
import type { RecordKeys } from './statistics/record-keys';
import type { ReadModelRegistry } from './read-models/registry';
import type { ZoningReadModel } from './zoning/zoning-read-model';
import type { SchemeReadModel } from './schemes/scheme-read-model';
import { createSchemeService } from './schemes/scheme-service';
import { schemesInCommune } from '../domain/schemes/commune-schemes';
import { communeRetention } from '../domain/statistics/commune-retention';
import { createZoningService } from './zoning/zoning-service';

/** The in-memory read models, loaded from the database at start (see read-models.ts). */
export interface ReadModels {
  /** Loads them, keeps them in step with the other instances, and the sessions and accounts kept. */
  registry: ReadModelRegistry;
  gazetteer: Gazetteer;
  offers: OfferReadModel;
  projects: ProjectReadModel;
  /** The communes' "proposer nos offres", by project and by commune. */
  proposals: ProposalReadModel;
  communeNeeds: CommuneNeeds;
  /** The ARS zoning in force, per région. */
  zoning: ZoningReadModel;
  alerts: AlertReadModel;
  unreadCounts: UnreadCounts;
  /** Each person's newest notifications, for « Mes notifications ». */
  notificationLists: NotificationLists;
  conversations: ConversationReadModel;
  /** Role, status, commune and professional profile of every account (no secret). */
  accounts: AccountDirectory;
  /** The partner statistics' record keys, from the key stored in the database. */
  recordKeys: RecordKeys;
  /** The partners' aid schemes (dispositifs). */
  schemes: SchemeReadModel;
  /** The check-in answers of every confirmed installation. */
  checkIns: CheckInReadModel;
  /** The reported messages no moderator decided on yet. */
  pendingReports: PendingReports;
}

export function createServices(
  database: Database,
  {
    registry,
    gazetteer,
    offers,
    projects,
    proposals: proposalReadModel,
    communeNeeds,
    zoning,
    alerts,
    unreadCounts,
    notificationLists,
    conversations,
    accounts,
    recordKeys,
    schemes,
    checkIns: checkInAnswers,
    pendingReports,
  }: ReadModels,
  config: Config,
  options: {
    /** The clock of the rate limits and of the e-mail grouping (tests move it past a window). */
    limitClock?: () => number;
    /** Names this instance's job claims (tests run two instances in one process). */
    instanceId?: string;
  } = {},
) {
  const audit = createAuditLog();
  // Rate limits and e-mail grouping, counted in the database (shared by every instance).
  const limiter = createRateLimiter({ audit, now: options.limitClock });
  const limits = createLimits(limiter, limitRules(config));
  // E-mails and alert evaluations: stored jobs, run once across instances (see jobs/job-queue.ts).
  const logger = createLogger(config.logLevel);
  const jobs = createJobQueue({ instanceId: options.instanceId, log: (line) => logger.warn(line) });
  const accountDeps: AccountDeps = {
    hasher: createPasswordHasher(config.passwordHash),
    mailer: createQueuedMailer(jobs, createMailer(config.mail)),
    audit,
    limits,
    publicUrl: config.publicUrl,
  };
  const communeDirectory = createCommuneDirectory(gazetteer);
  // Unsubscribe links are signed with a key derived from the server's secret (the session one).
  const unsubscribeLinks = createUnsubscribeLinks(resolveSessionSecret(config), config.publicUrl);
  const notifier = createNotifier({
    mailer: accountDeps.mailer,
    links: unsubscribeLinks,
    publicUrl: config.publicUrl,
    counts: unreadCounts,
    lists: notificationLists,
    grouping: createEmailGrouping(limiter, config.emailGroupingMinutes),
  });
  const notify = (event: NotificationEvent) => notifier.notify(event);
  const proposals = createOfferProposals({
    readModel: proposalReadModel,
    notify,
    audit: accountDeps.audit,
    communes: communeDirectory,
    limits,
  });
  // A deleted project takes its proposals and its alert with it.
  const projectService = createProjectService(projects, async (projectId) => {
    await proposals.removeOfProject(projectId);
    await alertService.removeOfProject(projectId);
  });
  const professionalProfiles = createProfessionalProfiles(accountDeps.audit, accounts);
  const matching = createMatchingService(gazetteer, offers, communeNeeds, zoning.index, schemes);
  // A project whose installation was confirmed leaves the communes' lists and its alert stops.
  const settled = settledProjects(conversations);
  const alertService = createAlertService({
    alerts,
    projects: projectService,
    matching,
    notify,
    jobs,
    settled,
  });
  const publishedOffers = createPublishedOffers(offers, gazetteer);
  const conversationDeps = {
    readModel: conversations,
    notices: createConversationNotices({ notify, communes: communeDirectory, staff: accounts }),
    communes: communeDirectory,
    limits,
    staff: accounts,
  };
  const conversationService = createConversationService(conversationDeps);
  const moderation = createModeration(accountDeps, accounts);
  const messageReports = createMessageReports(moderation, pendingReports);
  const checkIns = createCheckIns(conversations, checkInAnswers);
  const checkInLinks = createCheckInLinks({
    signer: createCheckInLinkSigner(resolveSessionSecret(config), config.publicUrl),
    conversations,
    checkIns,
  });
  const contactFactsOf = () => contactFacts(conversations, recordKeys);
  const factsWithCheckIns = async () => contactFacts(conversations, recordKeys, checkIns.all());
  const sessionRecords = createSessionRecords();
  return {
    database,
    /** The stored browser sessions, which the web layer's session store reads and writes. */
    sessionRecords,
    /** The read models and the change journal that keeps them in step with other instances. */
    readModels: registry,
    gazetteer,
    communes: communeDirectory,
    audit: accountDeps.audit,
    mailer: accountDeps.mailer,
    /** Stored work (e-mails, alert evaluations): polled by `startService`, run by tests. */
    jobs,
    /** What each action counts against (sign-up, reset and open data through the web layer). */
    limits,
    /** The counters themselves: swept periodically. */
    limiter,
    registration: createRegistration(accountDeps),
    signIn: createSignIn(
      accountDeps,
      config.session.cacheSeconds * 1000,
      registry.keptCollection('users')?.listen,
    ),
    passwordReset: createPasswordReset(accountDeps),
    // A person's projects, the proposals they received, their alerts, notifications, conversations,
    // check-in answers and message reports are exported with the account; on deletion all are erased,
    // except the conversations, which are withdrawn (the commune keeps the messages, not the profile).
    // Each entry lives by its service.
    accountSettings: createAccountSettings(accountDeps, [
      projectPersonalData(projectService),
      proposalPersonalData(projectService, proposals),
      alertPersonalData(alertService),
      notificationPersonalData(notifier),
      conversationPersonalData(conversationService),
      checkInPersonalData(checkIns),
      messageReportPersonalData(messageReports),
      sessionPersonalData(sessionRecords),
    ]),
    moderation,
    offers: createOfferService(offers, accountDeps.audit, {
      onPublished: (offer) => alertService.offerPublished(offer),
    }),
    offerReadModel: offers,
    /** The communes' stated needs, as the matching engine reads them. */
    communeNeeds,
    schemes: createSchemeService(schemes, gazetteer, accountDeps.audit),
    /** The partner schemes that apply in a commune now, with the professions they apply to there. */
    communeSchemes(code: string, now: Date) {
      const commune = matching.geography.commune(code);
      return commune ? schemesInCommune(schemes.inIdOrder(), commune, now) : [];
    },
    communeProfiles: createCommuneProfiles(accountDeps.audit, communeNeeds),
    matching,
    proposals,
    sharedProjects: createSharedProjects({
      projects: projectService,
      profiles: professionalProfiles,
      geography: matching.geography,
      settled,
    }),
    projects: projectService,
    professionalProfiles,
    zoning: createZoningService(gazetteer, zoning, accountDeps.audit),
    dashboard: createDashboardService({
      gazetteer,
      offers,
      projects,
      matching,
      rankingInputsVersion: () =>
        registry.versionOf(offers.name, communeNeeds.name, zoning.name, schemes.name),
      recordKeys,
      contactFacts: factsWithCheckIns,
      profiles: () => accounts.activeProfessionals(),
    }),
    notifications: notifier,
    /** What other services call to notify people (messages, follow-up statuses…). */
    notify,
    notificationPreferences: createNotificationPreferences(),
    unsubscribeLinks,
    digest: createDigest({
      mailer: accountDeps.mailer,
      links: unsubscribeLinks,
      publicUrl: config.publicUrl,
    }),
    alerts: alertService,
    // The public map and the open data API.
    publishedOffers,
    offerMap: createOfferMap(publishedOffers, gazetteer),
    conversations: conversationService,
    /**
     * The same conversation rules and store at another clock, without notifications (they would be
     * dated now): the demo seed writes, through it, follow-ups that happened months ago.
     */
    conversationsAt: (clock: () => Date) =>
      createConversationService({ ...conversationDeps, notices: silentNotices, now: clock }),
    /** "Did they stay?": check-ins after a confirmed installation. */
    checkIns,
    /** A commune's own installations and retention, published as partners' figures are (or not yet shown). */
    communeRetention: async (communeCode: string) => communeRetention(await factsWithCheckIns(), communeCode),
    /** The one-click « still practising » link of the check-in e-mails. */
    checkInLinks,
    /** The check-in e-mails, sent with the daily digest. */
    checkInReminders: createCheckInReminders({
      conversations: () => conversations.all(),
      mailer: accountDeps.mailer,
      links: checkInLinks,
      unsubscribe: unsubscribeLinks,
      communeName: (code) => communeDirectory.details(code)?.nom ?? code,
      publicUrl: config.publicUrl,
      log: (error) => logger.warn(`Check-in e-mail failed: ${String(error)}`),
    }),
    replyTemplates: createReplyTemplates(),
    messageReports,
    /** The partner statistics' view of the conversations (no name, no message). */
    contactFacts: contactFactsOf,
    /** One-click demo logins: the web layer offers them outside production only. */
    demoSignIn: createDemoSignIn(accountDeps.audit),
  };
}

export type Services = ReturnType<typeof createServices>;
