import express, { type RequestHandler, Router } from 'express';
import { HttpError } from '../http-errors';

/**
 * Form and JSON bodies, size-limited (413 past it). Keys that look like query operators or paths
 * ("$where", "a.b", "email[$ne]") are refused outright with a 400: no form of ours has one.
 */
export function setUpBodyParsing(): Router {
  const router = Router();
  router.use(express.urlencoded({ extended: false, limit: '100kb', parameterLimit: 200 }));
  router.use(express.json({ limit: '100kb' }));
  router.use(rejectOperatorKeys());
  return router;
}

function rejectOperatorKeys(): RequestHandler {
  return (req, _res, next) => {
    next(hasSuspiciousKey(req.body) ? new HttpError(400, 'Requête invalide') : undefined);
  };
}

function hasSuspiciousKey(value: unknown, depth = 0): boolean {
  if (depth > 20) return true;
  if (Array.isArray(value)) return value.some((item) => hasSuspiciousKey(item, depth + 1));
  if (!value || typeof value !== 'object') return false;
  return Object.entries(value).some(
    ([key, inner]) => /[$.[\]]/.test(key) || key === '__proto__' || hasSuspiciousKey(inner, depth + 1),
  );
}
