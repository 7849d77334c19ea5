import type { RequestHandler } from 'express';

/** Values every page template can use. */
export function setUpLocals(): RequestHandler {
  return (req, res, next) => {
    res.locals.currentPath = req.path;
    next();
  };
}
