// The application factory: an ordered list of middleware concerns, then the routes, then errors.
// Nothing here listens or connects; src/server.ts does, and tests use supertest on the result.
import compression from 'compression';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Services } from '../services';
import { createSecurityEvents } from '../services/audit/security-events';
import { createLogger, requestLogging, withoutTokens } from './logging/request-logging';
import { HttpError } from './http-errors';
import { errorHandler, notFound } from './middleware/error-handler';
import { requireDatabase } from './middleware/require-database';
import { setUpAuthentication, createPassport } from './middleware/set-up-authentication';
import { setUpBodyParsing } from './middleware/set-up-body-parsing';
import { createRateLimits } from './middleware/rate-limits';
import { setUpCsrf } from './middleware/set-up-csrf';
import { setUpLocals } from './middleware/set-up-locals';
import { setUpPrivateCaching } from './middleware/set-up-private-caching';
import { setUpSession } from './middleware/set-up-session';
import { assertEveryRouteDeclared } from './access/route-table';
import type { DatabaseSessionStore } from './session/database-session-store';
import { accountRoutes } from './routes/account-routes';
import { authRoutes } from './routes/auth-routes';
import { demoLoginRoutes } from './routes/demo-login-routes';
import { devOutboxRoutes } from './routes/dev-outbox-routes';
import { emailVerificationRoutes } from './routes/email-verification-routes';
import { offerRoutes } from './routes/offer-routes';
import { passwordResetRoutes } from './routes/password-reset-routes';
import { roleHomeRoutes } from './routes/role-home-routes';
import { moderationRoutes } from './routes/moderation-routes';
import { signUpRoutes } from './routes/sign-up-routes';
import { setUpSecurityHeaders } from './middleware/set-up-security-headers';
import { setUpStaticAssets } from './middleware/set-up-static-assets';
import { setUpViewEngine } from './middleware/set-up-view-engine';
import { communeApiRoutes } from './routes/api/commune-api-routes';
import { openDataDocsRoutes } from './routes/api/open-data-docs-routes';
import { openDataRoutes } from './routes/api/open-data-routes';
import { mapRoutes } from './routes/map-routes';
import { communeRoutes } from './routes/commune-routes';
import { communeOfferRoutes } from './routes/commune-offer-routes';
import { healthRoutes } from './routes/health-routes';
import { pageRoutes } from './routes/page-routes';
import { publicServicePagesRoutes } from './routes/public-service-pages-routes';
import { professionalRoutes } from './routes/professional-routes';
import { matchingRoutes } from './routes/matching-routes';
import { compatibleProjectsRoutes } from './routes/compatible-projects-routes';
import { zoningRoutes } from './routes/zoning-routes';
import { dashboardRoutes } from './routes/dashboard-routes';
import { alertRoutes } from './routes/alert-routes';
import { notificationRoutes } from './routes/notification-routes';
import { unsubscribeRoutes } from './routes/unsubscribe-routes';
import { contactRoutes } from './routes/contact-routes';
import { communeConversationRoutes } from './routes/conversation-commune-routes';
import { professionalConversationRoutes } from './routes/conversation-professional-routes';
import { messageReportRoutes } from './routes/message-report-routes';
import { replyTemplateRoutes } from './routes/reply-template-routes';
import { tryProjectRoutes } from './routes/try-project-routes';

export interface AppDependencies {
  config: Config;
  services: Services;
  session: { store: DatabaseSessionStore; secret: string };
  /** Where the JSON logs go (by default: standard output at the configured level). */
  logger?: Logger;
}

export function createApp({ config, services, session, logger }: AppDependencies): Express {
  const log = logger ?? createLogger(config.logLevel);
  const security = createSecurityEvents(services.audit, services.limits);
  const passport = createPassport(services.signIn);
  const rateLimits = createRateLimits(services.limits);
  const app = express();
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.set('query parser', 'simple');
  setUpViewEngine(app, config);

  app.use(setUpSecurityHeaders(config));
  // Level 4: most of the size gain of the default (6) at about half its CPU cost on big pages.
  app.use(compression({ level: 4 }));
  // Assets and health checks answer even while the database is down.
  app.use(setUpStaticAssets(config));
  app.use(healthRoutes(services.database));
  // Every request below is logged (JSON, with its id) and its journal entries carry that id and the IP.
  app.use(requestLogging(log, { trustProxy: config.trustProxy }));
  // The open data API reads memory only and keeps no session: it answers even while the database is down.
  app.use(
    '/api/v1',
    openDataRoutes({
      published: services.publishedOffers,
      gazetteer: services.gazetteer,
      communes: services.communes,
      siteUrl: config.publicUrl,
      rateLimit: rateLimits.openData,
    }),
  );
  // Everything below needs the database, sessions first.
  app.use(requireDatabase(services.database));
  app.use(setUpBodyParsing());
  app.use(setUpSession(config, session.store, session.secret));
  app.use(setUpCsrf({ secret: session.secret, secureCookies: config.session.secureCookies }));
  app.use(setUpAuthentication(passport));
  app.use(setUpPrivateCaching());
  app.use(
    setUpLocals({
      notifications: (userId) => services.notifications.unreadCount(userId),
      messages: (reader) => services.conversations.totalUnread(reader),
    }),
  );

  app.use(pageRoutes(services.communes));
  // Trying the matching without an account: the same engine and results as a professional's.
  app.use(
    tryProjectRoutes({
      matching: services.matching,
      gazetteer: services.gazetteer,
      communes: services.communes,
      map: config.map,
    }),
  );
  app.use(publicServicePagesRoutes(config));
  // Outside production, the login page offers the demo accounts in one click.
  const demoSignIn = config.isProduction ? undefined : services.demoSignIn;
  app.use(authRoutes(passport, security, demoSignIn && (() => demoSignIn.available())));
  if (demoSignIn) app.use(demoLoginRoutes(demoSignIn));
  app.use(signUpRoutes(services.registration, services.communes, services.gazetteer, rateLimits));
  app.use(emailVerificationRoutes(services.registration));
  app.use(passwordResetRoutes(services.passwordReset, rateLimits));
  app.use(roleHomeRoutes());
  app.use(communeOfferRoutes(services.offers, services.communeProfiles, services.communes));
  app.use(
    professionalRoutes(
      services.professionalProfiles,
      services.projects,
      services.communes,
      services.gazetteer,
    ),
  );
  // Matching results (professionals) and shared projects with proposals (communes).
  app.use(
    matchingRoutes({
      projects: services.projects,
      matching: services.matching,
      gazetteer: services.gazetteer,
      communes: services.communes,
      proposals: services.proposals,
      map: config.map,
    }),
  );
  app.use(
    compatibleProjectsRoutes({
      shared: services.sharedProjects,
      matching: services.matching,
      proposals: services.proposals,
      communes: services.communes,
    }),
  );
  app.use(offerRoutes(services.offers, services.publishedOffers, services.gazetteer));
  // Messages and follow-up between professionals and communes; templates before the threads' /:id.
  app.use(
    contactRoutes({
      conversations: services.conversations,
      projects: services.projects,
      offers: services.offers,
      communes: services.communes,
      gazetteer: services.gazetteer,
    }),
  );
  app.use(
    professionalConversationRoutes({
      conversations: services.conversations,
      reports: services.messageReports,
      communes: services.communes,
    }),
  );
  app.use(replyTemplateRoutes(services.replyTemplates));
  app.use(
    communeConversationRoutes({
      conversations: services.conversations,
      reports: services.messageReports,
      templates: services.replyTemplates,
      communes: services.communes,
    }),
  );
  app.use(messageReportRoutes(services.messageReports, services.conversations.readModel, services.communes));
  app.use(moderationRoutes(services.moderation, services.audit, services.communes, services.gazetteer));
  app.use(zoningRoutes(services.zoning, services.gazetteer));
  app.use(dashboardRoutes({ dashboard: services.dashboard, gazetteer: services.gazetteer, map: config.map }));
  // Notifications, their e-mail preferences, the unsubscribe link of e-mails, project alerts.
  app.use(notificationRoutes(services.notifications, services.notificationPreferences));
  app.use(unsubscribeRoutes(services.unsubscribeLinks, services.notificationPreferences));
  app.use(alertRoutes(services.alerts, services.projects, services.notificationPreferences));
  app.use(accountRoutes(services.accountSettings, services.communes, services.gazetteer));
  if (config.isDevelopment) app.use(devOutboxRoutes(config.mail.outboxDir));
  app.use(communeRoutes(services.communes, services.offers, services.communeProfiles, config));
  app.use('/api', communeApiRoutes(services.communes));
  app.use(mapRoutes(services.offerMap, services.gazetteer, config));
  app.use('/api', openDataDocsRoutes());

  app.use(notFound());
  app.use(
    errorHandler({
      showStack: config.devMode,
      log: (error, req) => (req?.log ?? log).error({ err: error }, 'request failed'),
      onForbidden: (req, error) =>
        security.refused(
          req.user,
          `${req.method} ${withoutTokens(req.originalUrl)}`,
          error instanceof HttpError ? error.message : 'Accès refusé',
        ),
    }),
  );
  // Every route says who may use it (role, validated account, owner), or the service does not start.
  assertEveryRouteDeclared(app);
  return app;
}
