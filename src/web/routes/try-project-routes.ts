// "Essayer sans compte": a visitor describes a project and sees the communes ranked and explained,
// with the map, exactly as a professional would (same engine, same presenter). The form and the
// results are GET pages (no session, no stored data); « Enregistrer ce projet » keeps the project in
// the session (a CSRF-protected POST) and leads to sign-up or login, after which the project form
// opens filled with it (see professional-routes).
import { Router } from 'express';
import { anyone } from '../access/access';
import { toProjectInput } from '../forms/project-form-values';
import { knownPlaces } from '../forms/project-submission';
import {
  draftOf,
  formValuesOf,
  parseTriedProject,
  saveTriedProjectForm,
  triedProjectQuery,
  valuesOfQuery,
} from '../forms/try-project-form';
import { HttpError } from '../http-errors';
import { NEW_PROJECT_PATH } from '../paths';
import { newProjectValues } from '../presenters/project-form-presenter';
import { RenderedFragments } from '../presenters/rendered-fragments';
import { presentResults, resultsMap } from '../presenters/results-presenter';
import {
  TRY_PATH,
  TRY_RESULTS_PATH,
  TRY_SAVE_PATH,
  UNREADABLE_TRIED_PROJECT,
  presentTryForm,
  presentTrySave,
  tryResultsLinks,
} from '../presenters/try-project-presenter';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function tryProjectRoutes({ services, config }: RouteContext): Router {
  const { matching, gazetteer, communes } = services;
  // The commune cards, rendered once per content (see RenderedFragments), as on a professional's results.
  const cards = new RenderedFragments();
  const router = Router();

  const parse = (values: Record<string, string | string[]>) =>
    parseTriedProject(values, knownPlaces(gazetteer), (text) => communes.resolve(text));

  router.get(TRY_PATH, anyone, (req, res) => {
    const typed = formValuesOf(req.query);
    res.render(
      'try/form',
      presentTryForm(gazetteer, Object.keys(typed).length > 0 ? typed : newProjectValues()),
    );
  });

  router.get(TRY_RESULTS_PATH, anyone, (req, res) => {
    const typed = formValuesOf(req.query);
    const parsed = parse(typed);
    if (!parsed.ok)
      return res.status(400).render('try/form', presentTryForm(gazetteer, typed, parsed.errors));
    const tried = parsed.value;
    const results = presentResults(
      { matching, gazetteer },
      {
        project: { ...toProjectInput(tried.parsed), profession: tried.profession, status: tried.status },
        page: tried.page,
        filters: undefined,
        favorites: new Set(),
        url: req.originalUrl,
      },
    );
    res.render('try/results', {
      ...tryResultsLinks(triedProjectQuery(tried)),
      ...results,
      helpers: { keptFragment: cards.helper },
      map: resultsMap(config.map, results),
    });
  });

  router.get(TRY_SAVE_PATH, anyone, (req, res) => {
    const parsed = parse(formValuesOf(req.query));
    if (!parsed.ok) return res.redirect(303, TRY_PATH);
    res.render('try/save', presentTrySave(triedProjectQuery(parsed.value), req.user?.role));
  });

  router.post(TRY_SAVE_PATH, anyone, (req, res) => {
    const form = parseInput(saveTriedProjectForm, req.body);
    const parsed = form.ok ? parse(valuesOfQuery(form.value.essai)) : undefined;
    if (!form.ok || !parsed?.ok) throw new HttpError(400, UNREADABLE_TRIED_PROJECT);
    req.session.projectDraft = draftOf(parsed.value);
    const next =
      req.user?.role === 'professionnel'
        ? NEW_PROJECT_PATH
        : form.value.suite === 'connexion'
          ? `/connexion?retour=${encodeURIComponent(NEW_PROJECT_PATH)}`
          : '/inscription/professionnel';
    res.redirect(303, next);
  });

  return router;
}
