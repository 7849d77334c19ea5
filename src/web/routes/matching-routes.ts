// The professional's results for one project: the communes ranked by the matching engine, with
// each criterion explained and the offers it found, a map of them (progressive enhancement: the
// list is the accessible equivalent), filters, favourites, and the communes that proposed their
// offers. Another person's project is "not found".
// The path of « voir mes résultats »: the query is read by forms/results-filters.ts, the engine runs
// through presenters/results-presenter.ts (MatchingService.matchForPage), the page around it comes
// from presenters/project-results-presenter.ts, and views/pages/professional/results.hbs shows it
// with partials/results-list.hbs and results-commune-card.hbs.
import { Router } from 'express';
import { allow } from '../access/access';
import {
  RESULTS_FILTER_FIELDS,
  favoriteForm,
  resultsQuery,
  toMatchingFilters,
  typedResultsQuery,
} from '../forms/results-filters';
import { rejectedQuery } from '../forms/shown-input';
import { NotFoundError } from '../http-errors';
import { favoritesPath, resultsPath } from '../paths';
import { compareLinks } from '../presenters/compare-presenter';
import { favoriteFlash } from '../presenters/project-presenter';
import { UNREADABLE_ACTION, refusalError } from '../presenters/refusal';
import { presentProposals, resultsFilterForm, resultsHeading } from '../presenters/project-results-presenter';
import { RenderedFragments } from '../presenters/rendered-fragments';
import { presentResults, resultsMap } from '../presenters/results-presenter';
import { ownedProject, professionalOf } from '../session/professional';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function matchingRoutes({ services, config }: RouteContext): Router {
  const { projects, matching, gazetteer, communes, proposals } = services;
  const router = Router();
  const guard = allow({ role: 'professionnel', validated: true });
  // The commune cards, rendered once per content (see RenderedFragments).
  const cards = new RenderedFragments();

  router.get(resultsPath(':id'), guard, (req, res) => {
    const project = ownedProject(projects, req);
    const professional = professionalOf(req).professional;
    if (!professional)
      return res.render('professional/results', { ...resultsHeading(project), noProfile: true });

    const query = typedResultsQuery(req.query);
    const page = {
      ...resultsHeading(project),
      ...resultsFilterForm(project, query),
      proposals: presentProposals(proposals.ofProject(project.id), communes),
    };
    const parsed = parseInput(resultsQuery, query);
    if (!parsed.ok)
      return res
        .status(400)
        .render('professional/results', { ...page, ...rejectedQuery(parsed.errors, RESULTS_FILTER_FIELDS) });

    const results = presentResults(
      { matching, gazetteer },
      {
        project: matching.toMatchingProject(project, professional),
        page: parsed.value.page,
        filters: toMatchingFilters(parsed.value),
        favorites: new Set(project.favorites),
        url: req.originalUrl,
      },
    );
    res.render('professional/results', {
      ...page,
      ...results,
      helpers: { keptFragment: cards.helper },
      back: results.filtered ? new URL(req.originalUrl, 'http://localhost').search : '',
      compare: compareLinks(project),
      map: resultsMap(config.map, results),
    });
  });

  router.post(favoritesPath(':id'), guard, async (req, res) => {
    const project = ownedProject(projects, req);
    const parsed = parseInput(favoriteForm, req.body);
    const commune = parsed.ok ? communes.details(parsed.value.communeCode) : undefined;
    if (!parsed.ok || !commune) throw refusalError(UNREADABLE_ACTION);
    const { communeCode, favori, retour } = parsed.value;
    const added = favori === 'oui';
    const written = await projects.setFavorite(professionalOf(req).id, project.id, communeCode, added);
    if (!written.ok && written.reason === 'not-found') throw new NotFoundError();
    req.session.flash = favoriteFlash(written, commune.nom, added);
    res.redirect(303, `${resultsPath(project.id)}${retour}#commune-${communeCode}`);
  });

  return router;
}
