import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { HttpError, NotFoundError } from '../http-errors';

/** Driver errors meaning "the database cannot be reached right now": a 503, not a bug. */
const DATABASE_UNAVAILABLE = new Set([
  'MongooseServerSelectionError',
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

const TITLES: Record<number, string> = {
  400: 'Requête invalide',
  403: 'Accès refusé',
  404: 'Page non trouvée',
  429: 'Trop de requêtes',
  500: 'Erreur inattendue',
  503: 'Service momentanément indisponible',
};

const PAGES = new Set([400, 403, 404, 429, 500, 503]);

export function notFound(): RequestHandler {
  return (_req, _res, next) => next(new NotFoundError());
}

/**
 * The one place where errors become statuses and French pages (or JSON under /api). `log` gets the
 * unexpected ones (with their request, whose logger carries its id); `onForbidden` is told of every
 * refusal (403) before it is answered, for the journal.
 */
export function errorHandler(options: {
  showStack: boolean;
  log?: (error: unknown, req?: Request) => void;
  onForbidden?: (req: Request, error: unknown) => Promise<void>;
}): ErrorRequestHandler {
  const log = options.log ?? ((error: unknown) => console.error(error));
  return async (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = statusOf(error);
    if (status >= 500 && status !== 503) log(error, req);
    if (status === 403 && options.onForbidden)
      await options.onForbidden(req, error).catch((journalError: unknown) => log(journalError, req));
    if (status === 503) res.set('Retry-After', '30');
    res.status(status);
    const message = TITLES[status] ?? (status >= 500 ? TITLES[500] : TITLES[400]);
    if (wantsJson(req)) {
      res.json({ error: { status, message } });
      return;
    }
    const page = PAGES.has(status) ? status : status >= 500 ? 500 : 400;
    const stack = options.showStack && error instanceof Error ? error.stack : undefined;
    // Messages of HttpErrors are our own French sentences, safe to show.
    const detail = error instanceof HttpError && error.message !== message ? error.message : undefined;
    res.render(`errors/${page}`, { title: message, message: detail, stack }, (renderError, html) => {
      if (renderError) {
        log(renderError, req);
        res.type('text/plain').send(message ?? 'Erreur');
        return;
      }
      res.send(html);
    });
  };
}

function statusOf(error: unknown): number {
  if (error instanceof HttpError) return error.status;
  if (error instanceof Error && DATABASE_UNAVAILABLE.has(error.name)) return 503;
  // Errors from body parsers and other middleware carry their own 4xx status.
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) return status;
  return 500;
}

function wantsJson(req: Request): boolean {
  return req.path.startsWith('/api/') || req.path === '/api';
}
