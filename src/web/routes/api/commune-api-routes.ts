import { anyone } from '../../access/access';
import { Router } from 'express';
import { z } from 'zod';
import { parseInput, invalidRequestBody } from '../../validation';
import { communeQuery } from '../commune-routes';
import type { RouteContext } from '../route-context';

const AUTOCOMPLETE_LIMIT = 10;

const autocompleteQuery = z.strictObject({
  q: communeQuery.pipe(z.string().min(1, { error: 'Saisissez au moins un caractère.' })),
});

/** JSON commune autocomplete, answered from memory. */
export function communeApiRoutes({ services }: RouteContext): Router {
  const { communes } = services;
  const router = Router();
  router.get('/communes', anyone, (req, res) => {
    const parsed = parseInput(autocompleteQuery, req.query);
    if (!parsed.ok) {
      res.status(400).json(invalidRequestBody(parsed.errors));
      return;
    }
    const { results, total } = communes.search(parsed.value.q, AUTOCOMPLETE_LIMIT);
    // Reference data changes with a release at most: let browsers and proxies keep answers a while.
    res.set('Cache-Control', 'public, max-age=300').json({
      query: parsed.value.q,
      total,
      results: results.map((commune) => ({
        ...commune,
        label: `${commune.nom} (${commune.departementCode})`,
      })),
    });
  });
  return router;
}
