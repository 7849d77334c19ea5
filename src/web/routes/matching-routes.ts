// The professional's results for one project: the communes ranked by the matching engine, with
// each criterion explained and the offers it found, a map of them (progressive enhancement: the
// list is the accessible equivalent), filters, favourites, and the communes that proposed their
// offers. Another person's project is "not found".
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { OFFER_TYPE_LABELS } from '../../domain/offers/offer-vocabulary';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import type { MatchingService } from '../../services/matching/matching-service';
import type { OfferProposals } from '../../services/matching/proposals';
import type { ProjectService } from '../../services/projects/project-service';
import type { ProjectView } from '../../services/projects/project-view';
import {
  CRITERION_OF_TYPE,
  RESULT_FILTER_TYPES,
  type ResultFilterType,
  filterTypesOf,
  presentResults,
} from '../presenters/results-presenter';
import { RenderedFragments } from '../presenters/rendered-fragments';
import { compareLinks } from '../presenters/compare-presenter';
import { csrfField } from '../forms/fields';
import { rejectedQuery, shownValues } from '../forms/shown-input';
import { HttpError, NotFoundError } from '../http-errors';
import { allow } from '../access/access';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export const MAX_DISTANCE_KM = 1000;

const isFilterType = (value: string): value is ResultFilterType =>
  (RESULT_FILTER_TYPES as readonly string[]).includes(value);

const resultsQuery = z.strictObject({
  offres: z
    .union([z.string(), z.array(z.string())], { error: 'Type d’offre inconnu : cochez-le dans la liste.' })
    .optional()
    .transform((value) => (value === undefined ? [] : [value].flat()))
    .refine((list) => list.length <= RESULT_FILTER_TYPES.length && list.every(isFilterType), {
      error: 'Type d’offre inconnu : cochez-le dans la liste.',
    })
    .transform((list) => [...new Set(list)] as ResultFilterType[]),
  distanceMax: z
    .string({ error: 'Saisissez une distance en kilomètres, par exemple 30.' })
    .trim()
    .regex(/^\d{1,6}$/, { error: 'Saisissez une distance en kilomètres, un nombre entier, par exemple 30.' })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, { error: 'Saisissez une distance d’au moins 1 km.' })
        .max(MAX_DISTANCE_KM, { error: `Saisissez une distance d’au plus ${MAX_DISTANCE_KM} km.` }),
    )
    .optional(),
  page: z.coerce.number({ error: 'Page inconnue.' }).int().min(1).max(10_000).default(1),
});

const FILTER_FIELDS = ['offres', 'distanceMax'] as const;

/** Only a query string of this page's own filters goes back into a redirect. */
const BACK_QUERY = /^\?[\w\-=&%.+]{0,400}$/;

const favoriteForm = z.strictObject({
  _csrf: csrfField,
  communeCode: z.string().regex(/^(\d{5}|2[AB]\d{3})$/),
  favori: z.enum(['oui', 'non']),
  retour: z
    .string()
    .optional()
    .transform((value) => (value && BACK_QUERY.test(value) ? value : '')),
});

export interface MatchingRouteDeps {
  projects: Pick<ProjectService, 'getOwned' | 'setFavorite'>;
  matching: Pick<MatchingService, 'matchForPage' | 'toMatchingProject'>;
  gazetteer: Pick<Gazetteer, 'departement'>;
  communes: Pick<CommuneDirectory, 'details'>;
  proposals: Pick<OfferProposals, 'ofProject'>;
  map: Pick<Config['map'], 'tileUrl' | 'tileAttribution'>;
}

export const resultsPath = (projectId: string) => `/professionnel/projets/${projectId}/resultats`;

export function matchingRoutes({ services, config }: RouteContext): Router {
  const deps: MatchingRouteDeps = { ...services, map: config.map };
  const router = Router();
  const guard = allow({ role: 'professionnel', validated: true });
  // The commune cards, rendered once per content (see RenderedFragments).
  const cards = new RenderedFragments();

  const ownedProject = (req: Request): ProjectView => {
    const user = req.user;
    if (!user) throw new HttpError(403, 'Connectez-vous pour continuer.');
    const project = deps.projects.getOwned(user.id, String(req.params.id));
    if (!project) throw new NotFoundError();
    return project;
  };

  const departementOf = (code: string) => ({ code, nom: deps.gazetteer.departement(code)?.nom ?? code });

  const proposalsOf = (project: ProjectView) =>
    deps.proposals.ofProject(project.id).map((proposal) => {
      const commune = deps.communes.details(proposal.communeCode);
      return {
        code: proposal.communeCode,
        nom: commune?.nom ?? proposal.communeCode,
        departement: commune?.departement ?? departementOf(''),
        href: `/communes/${proposal.communeCode}`,
        at: proposal.at,
      };
    });

  router.get('/professionnel/projets/:id/resultats', guard, (req: Request, res: Response) => {
    const project = ownedProject(req);
    const professional = req.user?.professional ?? null;
    const base = {
      title: `Communes pour « ${project.name} »`,
      project: {
        id: project.id,
        name: project.name,
        editHref: `/professionnel/projets/${project.id}/modifier`,
      },
    };
    if (!professional) {
      res.render('professional/results', { ...base, noProfile: true });
      return;
    }

    const query = Object.fromEntries(
      Object.entries(req.query as Record<string, unknown>).filter(([, value]) => value !== ''),
    );
    const parsed = parseInput(resultsQuery, query);
    const filterTypes = filterTypesOf(project);
    const offresGiven = [query.offres ?? []]
      .flat()
      .filter((value): value is string => typeof value === 'string');
    const common = {
      ...base,
      proposals: proposalsOf(project),
      values: { ...shownValues(query, ['distanceMax']), offres: offresGiven },
      choices: {
        offres: filterTypes.map((type) => ({ value: type, label: OFFER_TYPE_LABELS[type] })),
      },
      distanceHint: `Depuis le centre de la zone de votre projet, de 1 à ${MAX_DISTANCE_KM} km`,
      action: resultsPath(project.id),
    };
    if (!parsed.ok) {
      res
        .status(400)
        .render('professional/results', { ...common, ...rejectedQuery(parsed.errors, FILTER_FIELDS) });
      return;
    }

    const filters = parsed.value;
    const results = presentResults(deps, {
      project: deps.matching.toMatchingProject(project, professional),
      page: filters.page,
      filters: {
        required: filters.offres.map((type) => CRITERION_OF_TYPE[type]),
        maxDistanceKm: filters.distanceMax,
      },
      favorites: new Set(project.favorites),
      url: req.originalUrl,
    });
    const back = results.filtered ? new URL(req.originalUrl, 'http://localhost').search : '';
    res.render('professional/results', {
      ...common,
      ...results,
      helpers: { keptFragment: cards.helper },
      back,
      compare: compareLinks(project),
      map: {
        tileUrl: deps.map.tileUrl,
        tileAttribution: deps.map.tileAttribution,
        points: results.mapPoints,
      },
    });
  });

  router.post('/professionnel/projets/:id/favoris', guard, async (req, res) => {
    const project = ownedProject(req);
    const parsed = parseInput(favoriteForm, req.body);
    if (!parsed.ok || !deps.communes.details(parsed.value.communeCode))
      throw new HttpError(400, 'Cette action n’a pas pu être lue : rechargez la page et recommencez.');
    const { communeCode, favori, retour } = parsed.value;
    const user = req.user;
    if (!user) throw new HttpError(403, 'Connectez-vous pour continuer.');
    const written = await deps.projects.setFavorite(user.id, project.id, communeCode, favori === 'oui');
    if (!written.ok && written.reason === 'not-found') throw new NotFoundError();
    const nom = deps.communes.details(communeCode)?.nom ?? communeCode;
    req.session.flash = written.ok
      ? {
          type: 'success',
          message: favori === 'oui' ? `${nom} ajoutée à vos favoris.` : `${nom} retirée de vos favoris.`,
        }
      : {
          type: 'warning',
          message:
            'Le projet a été modifié entre-temps (dans un autre onglet ?) : rien n’a été changé, recommencez.',
        };
    res.redirect(303, `${resultsPath(project.id)}${retour}#commune-${communeCode}`);
  });

  return router;
}
