import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from '../../config';

/**
 * Strict Content-Security-Policy: scripts and styles only from this origin (no inline code);
 * images may also come from the map tile server named in the configuration.
 */
export function setUpSecurityHeaders(config: Config): RequestHandler {
  const https = config.isProduction || config.trustProxy;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', config.map.tileOrigin],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}
