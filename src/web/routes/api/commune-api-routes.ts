import { anyone } from '../../access/access';
import { Router } from 'express';
import { parseInput, invalidRequestBody } from '../../validation';
import { autocompleteQuery } from '../../forms/commune-search-form';
import type { RouteContext } from '../route-context';

const AUTOCOMPLETE_LIMIT = 10;

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
