// Comparing two to four communes side by side for one project, from the results or the favourites
// (/professionnel/projets/:id/comparer?communes=…): a GET form of checkboxes, so it works without
// JavaScript; one real table with headers, printable. Another person's project is "not found".
import { Router } from 'express';
import { compareCommunes } from '../../services/matching/compare-communes';
import { allow } from '../access/access';
import { UNKNOWN_COMMUNE, askedCommunes, compareQuery } from '../forms/compare-form';
import { comparePath } from '../paths';
import { compareForm, presentComparison } from '../presenters/compare-presenter';
import { ownedProject, professionalOf } from '../session/professional';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function compareRoutes({ services }: RouteContext): Router {
  const { projects, matching, communes } = services;
  const router = Router();

  router.get(comparePath(':id'), allow({ role: 'professionnel', validated: true }), (req, res) => {
    const project = ownedProject(projects, req);
    const professional = professionalOf(req).professional;
    const page = compareForm(project, askedCommunes(req.query), communes);
    if (!professional) return res.render('professional/compare', { ...page, noProfile: true });
    const parsed = parseInput(compareQuery, req.query);
    const outcome = parsed.ok
      ? compareCommunes({ matching, communes }, project, professional, parsed.value.communes, new Date())
      : null;
    if (!outcome?.ok)
      return res.status(400).render('professional/compare', {
        ...page,
        error: parsed.ok ? UNKNOWN_COMMUNE : Object.values(parsed.errors).join(' '),
      });
    res.render('professional/compare', { ...page, comparison: presentComparison(outcome.compared) });
  });

  return router;
}
