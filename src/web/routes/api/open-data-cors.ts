// The open data API is read-only and open to every origin: CORS for GET, preflights answered here,
// and any other method refused (405) before it reaches a handler.
import type { RequestHandler } from 'express';

const READ_METHODS = new Set(['GET', 'HEAD']);

export function openDataCors(): RequestHandler {
  return (req, res, next) => {
    res.set({
      'Access-Control-Allow-Origin': '*',
      // Scripts of other sites may read the cache validator and the rate-limit state.
      'Access-Control-Expose-Headers': 'ETag, RateLimit, RateLimit-Policy, Retry-After',
    });
    if (req.method === 'OPTIONS') {
      res
        .set({
          'Access-Control-Allow-Methods': 'GET, OPTIONS',
          'Access-Control-Allow-Headers': 'Accept, Accept-Language, If-None-Match',
          'Access-Control-Max-Age': '86400',
        })
        .status(204)
        .end();
      return;
    }
    if (!READ_METHODS.has(req.method)) {
      res
        .status(405)
        .set('Allow', 'GET, HEAD, OPTIONS')
        .json({ error: { status: 405, message: 'Méthode non autorisée : l’API est en lecture seule.' } });
      return;
    }
    next();
  };
}
