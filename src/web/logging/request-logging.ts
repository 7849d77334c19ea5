// Structured JSON logs (pino): one line per request with its id, method, path, status and time; the
// id is sent back in X-Request-Id and written with every journal entry of the request. Never in a
// line: a body (passwords, message texts), a header (cookies, authorization) or a token of a path.
import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { runForRequest } from '../../services/audit/request-context';

export { createLogger } from '../../services/logger';

/** Paths whose last part is a secret (e-mailed links): the secret becomes « [jeton] ». */
const TOKEN_IN_PATH = /\/(verification-email|reinitialiser-mot-de-passe|desabonnement)\/[^/?#]+/g;
export const withoutTokens = (url: string): string => url.replace(TOKEN_IN_PATH, '/$1/[jeton]');

/** An id a trusted reverse proxy may send, kept so that its logs and ours match. */
const INCOMING_REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function requestLogging(logger: Logger, options: { trustProxy: boolean }): RequestHandler {
  const http = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id =
        options.trustProxy && typeof incoming === 'string' && INCOMING_REQUEST_ID.test(incoming)
          ? incoming
          : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string; raw: Request }) => ({
        id: req.id,
        method: req.method,
        url: withoutTokens(req.raw.originalUrl ?? req.url),
        ip: req.raw.ip,
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
  });
  return (req, res, next) =>
    http(req, res, () => runForRequest({ requestId: String(req.id), ip: req.ip ?? '' }, next));
}
