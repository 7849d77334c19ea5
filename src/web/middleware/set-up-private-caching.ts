import type { RequestHandler } from 'express';

/**
 * What a signed-in person sees (their projects, messages, the moderation queue…) is stored by no
 * browser cache or proxy: on a shared computer (a town hall's, a hospital's), "Précédent" after
 * logging out must not show it again. Public data routes set their own Cache-Control, which wins.
 */
export function setUpPrivateCaching(): RequestHandler {
  return (req, res, next) => {
    if (req.user) res.set('Cache-Control', 'no-store');
    next();
  };
}
