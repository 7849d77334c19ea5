// What every router receives, the same way: the services, the configuration and the few web tools
// built once by the application (passport, the security journal's events, the shared rate limits).
import type { Config } from '../../config';
import type { Services } from '../../services';
import type { SecurityEvents } from '../../services/audit/security-events';
import type { RateLimits } from '../middleware/rate-limits';
import type { PassportInstance } from '../middleware/set-up-authentication';

export interface WebTools {
  passport: PassportInstance;
  security: SecurityEvents;
  rateLimits: RateLimits;
}

export interface RouteContext {
  services: Services;
  config: Config;
  web: WebTools;
}
