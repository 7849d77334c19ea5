// "Essayer sans compte": a visitor describes a project and sees the communes ranked and explained,
// with the map, exactly as a professional would (same engine, same presenter). The form and the
// results are GET pages (no session, no stored data); « Enregistrer ce projet » keeps the project in
// the session (a CSRF-protected POST) and leads to sign-up or login, after which the project form
// opens filled with it (see professional-routes).
import { type Response, Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { PROFESSIONAL_STATUS_LABELS } from '../../domain/professionals/professional-profile';
import { PROFESSION_LABELS } from '../../domain/professions';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import type { MatchingService } from '../../services/matching/matching-service';
import { anyone } from '../access/access';
import { csrfField } from '../forms/fields';
import { toProjectInput } from '../forms/project-form-values';
import {
  type TriedProject,
  formValuesOf,
  parseTriedProject,
  triedProjectQuery,
  valuesOfQuery,
} from '../forms/try-project-form';
import { HttpError } from '../http-errors';
import { newProjectValues, projectFormView } from '../presenters/project-form-presenter';
import { optionsOf } from '../presenters/choices';
import { RenderedFragments } from '../presenters/rendered-fragments';
import { presentResults } from '../presenters/results-presenter';
import type { FieldErrors } from '../validation';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export const TRY_PATH = '/essai';
const RESULTS_PATH = '/essai/resultats';
const SAVE_PATH = '/essai/enregistrer';
/** Where a kept project is taken up once signed in (the project form, filled with it). */
export const NEW_PROJECT_PATH = '/professionnel/projets/nouveau';

const PROFILE_CHOICES = {
  professions: optionsOf(PROFESSION_LABELS),
  statuses: optionsOf(PROFESSIONAL_STATUS_LABELS),
};

const saveForm = z.strictObject({
  _csrf: csrfField,
  essai: z.string().max(8000),
  suite: z.enum(['inscription', 'connexion']).optional(),
});

export interface TryProjectRouteDeps {
  matching: Pick<MatchingService, 'matchForPage'>;
  gazetteer: Pick<Gazetteer, 'departement' | 'departements' | 'regions'>;
  communes: Pick<CommuneDirectory, 'resolve'>;
  map: Pick<Config['map'], 'tileUrl' | 'tileAttribution'>;
}

export function tryProjectRoutes({ services, config }: RouteContext): Router {
  const deps: TryProjectRouteDeps = { ...services, map: config.map };
  // The commune cards, rendered once per content (see RenderedFragments), as on a professional's results.
  const cards = new RenderedFragments();
  const router = Router();

  const places = () => ({
    departements: deps.gazetteer.departements().map((d) => d.code),
    regions: deps.gazetteer.regions().map((r) => r.code),
  });
  const parse = (values: Record<string, string | string[]>) =>
    parseTriedProject(values, places(), (text) => deps.communes.resolve(text));

  const renderForm = (
    res: Response,
    status: number,
    values: Record<string, string | string[]>,
    errors?: FieldErrors,
  ) => {
    res.status(status).render('try/form', {
      title: 'Essayer sans compte',
      profileChoices: PROFILE_CHOICES,
      ...projectFormView(deps.gazetteer, values, errors),
      action: RESULTS_PATH,
    });
  };

  router.get(TRY_PATH, anyone, (req, res) => {
    const typed = formValuesOf(req.query);
    renderForm(res, 200, Object.keys(typed).length > 0 ? typed : newProjectValues());
  });

  router.get(RESULTS_PATH, anyone, (req, res) => {
    const typed = formValuesOf(req.query);
    const parsed = parse(typed);
    if (!parsed.ok) return renderForm(res, 400, typed, parsed.errors);
    const tried = parsed.value;
    const query = triedProjectQuery(tried);
    const results = presentResults(deps, {
      project: { ...toProjectInput(tried.parsed), profession: tried.profession, status: tried.status },
      page: tried.page,
      filters: undefined,
      favorites: new Set(),
      url: req.originalUrl,
    });
    res.render('try/results', {
      title: 'Les communes pour votre projet',
      ...results,
      helpers: { keptFragment: cards.helper },
      map: {
        tileUrl: deps.map.tileUrl,
        tileAttribution: deps.map.tileAttribution,
        points: results.mapPoints,
      },
      editHref: `${TRY_PATH}?${query}`,
      saveHref: `${SAVE_PATH}?${query}`,
    });
  });

  router.get(SAVE_PATH, anyone, (req, res) => {
    const parsed = parse(formValuesOf(req.query));
    if (!parsed.ok) return res.redirect(303, TRY_PATH);
    const query = triedProjectQuery(parsed.value);
    res.render('try/save', {
      title: 'Enregistrer ce projet',
      essai: query,
      action: SAVE_PATH,
      backHref: `${RESULTS_PATH}?${query}`,
      signedInAs: req.user?.role,
    });
  });

  router.post(SAVE_PATH, anyone, (req, res) => {
    const form = parseInput(saveForm, req.body);
    const parsed = form.ok ? parse(valuesOfQuery(form.value.essai)) : undefined;
    if (!form.ok || !parsed?.ok)
      throw new HttpError(
        400,
        'Ce projet n’a pas pu être lu : décrivez-le de nouveau depuis la page « Essayer ».',
      );
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

/** What the session keeps of a tried project until the project form takes it up. */
const draftOf = (tried: TriedProject) => ({
  values: tried.values,
  profession: tried.profession,
  status: tried.status,
});
