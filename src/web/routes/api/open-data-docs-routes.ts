// The open data API's description: the OpenAPI 3.1 document as JSON, and a page that reads it.
import { anyone } from '../../access/access';
import { Router } from 'express';
import { OPEN_API_DOCUMENT, presentOpenApi } from '../../openapi/openapi-spec';
import type { RouteContext } from '../route-context';

export function openDataDocsRoutes(_context: RouteContext): Router {
  const router = Router();
  const docs = presentOpenApi(OPEN_API_DOCUMENT);
  router.get('/openapi.json', anyone, (_req, res) => {
    res
      .set({ 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=300' })
      .json(OPEN_API_DOCUMENT);
  });
  router.get('/docs', anyone, (_req, res) => {
    res.render('api/docs', { title: 'API des offres (données ouvertes)', docs });
  });
  return router;
}
