// Every page and form of the service, in one list. Each router receives the same RouteContext and
// takes what it needs from it. Two routers answer before the database middleware and are mounted by
// app.ts on their own: the health checks and the open data API (memory only).
import { Router } from 'express';
import { accountRoutes } from './account-routes';
import { alertRoutes } from './alert-routes';
import { authRoutes } from './auth-routes';
import { checkInLinkRoutes } from './check-in-link-routes';
import { checkInRoutes } from './check-in-routes';
import { communeApiRoutes } from './api/commune-api-routes';
import { openDataDocsRoutes } from './api/open-data-docs-routes';
import { communeOfferRoutes } from './commune-offer-routes';
import { communeProfileRoutes } from './commune-profile-routes';
import { communeRetentionRoutes } from './commune-retention-routes';
import { communeRoutes } from './commune-routes';
import { compareRoutes } from './compare-routes';
import { compatibleProjectsRoutes } from './compatible-projects-routes';
import { contactRoutes } from './contact-routes';
import { communeConversationRoutes } from './conversation-commune-routes';
import { professionalConversationRoutes } from './conversation-professional-routes';
import { conversationThreadRoutes } from './conversation-thread-routes';
import { dashboardRoutes } from './dashboard-routes';
import { demoLoginRoutes } from './demo-login-routes';
import { devOutboxRoutes } from './dev-outbox-routes';
import { emailVerificationRoutes } from './email-verification-routes';
import { mapRoutes } from './map-routes';
import { matchingRoutes } from './matching-routes';
import { messageReportRoutes } from './message-report-routes';
import { moderationRoutes } from './moderation-routes';
import { notificationRoutes } from './notification-routes';
import { offerRoutes } from './offer-routes';
import { pageRoutes } from './page-routes';
import { passwordResetRoutes } from './password-reset-routes';
import { professionalRoutes } from './professional-routes';
import { publicServicePagesRoutes } from './public-service-pages-routes';
import { replyTemplateRoutes } from './reply-template-routes';
import { roleHomeRoutes } from './role-home-routes';
import type { RouteContext } from './route-context';
import { schemeRoutes } from './scheme-routes';
import { signUpRoutes } from './sign-up-routes';
import { tryProjectRoutes } from './try-project-routes';
import { unsubscribeRoutes } from './unsubscribe-routes';
import { zoningRoutes } from './zoning-routes';

export { healthRoutes } from './health-routes';
export { openDataRoutes } from './api/open-data-routes';
export type { RouteContext, WebTools } from './route-context';

export function routes(context: RouteContext): Router {
  const { config } = context;
  const router = Router();
  const mount = (...factories: ((context: RouteContext) => Router)[]) => {
    for (const factory of factories) router.use(factory(context));
  };
  // Public pages, trying the matching without an account, the pages a public service must have.
  mount(pageRoutes, tryProjectRoutes, publicServicePagesRoutes);
  // Accounts: login (with the demo accounts outside production), sign-up, e-mail, password.
  mount(authRoutes);
  if (!config.isProduction) mount(demoLoginRoutes);
  mount(signUpRoutes, emailVerificationRoutes, passwordResetRoutes, roleHomeRoutes);
  // Communes' offers and presentation; professionals' projects, results, comparison, installations; shared projects.
  mount(
    communeOfferRoutes,
    communeProfileRoutes,
    professionalRoutes,
    matchingRoutes,
    checkInRoutes,
    compareRoutes,
  );
  mount(compatibleProjectsRoutes, communeRetentionRoutes, offerRoutes);
  // Messages and follow-up; the commune's reply templates come before its threads' /:id.
  mount(contactRoutes, professionalConversationRoutes, replyTemplateRoutes, communeConversationRoutes);
  // The thread pages of both sides (/professionnel/messages/:id, /commune/messages/:id).
  mount(conversationThreadRoutes);
  // Moderation, zoning, partners' dashboard and schemes.
  mount(messageReportRoutes, moderationRoutes, zoningRoutes, dashboardRoutes, schemeRoutes);
  // Notifications, their e-mail preferences, the unsubscribe link of e-mails, project alerts; the account.
  mount(notificationRoutes, unsubscribeRoutes, alertRoutes, accountRoutes);
  // The one-click answer of the check-in e-mails (no login).
  mount(checkInLinkRoutes);
  if (config.isDevelopment) mount(devOutboxRoutes);
  // Communes' public pages, the autocomplete, the map and the API documentation.
  mount(communeRoutes, mapRoutes);
  router.use('/api', communeApiRoutes(context));
  router.use('/api', openDataDocsRoutes(context));
  return router;
}
