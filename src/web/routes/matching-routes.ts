// The professional's results for one project: the communes ranked by the matching engine, with
// each criterion explained and the offers it found, a map of them (progressive enhancement: the
// list is the accessible equivalent), filters, favourites, and the communes that proposed their
// offers. Another person's project is "not found".
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { kilometres } from '../../domain/matching/french';
import type {
  CommuneMatch,
  Criterion,
  CriterionMatch,
  Importance,
  MatchResult,
  Met,
} from '../../domain/matching/types';
import { OFFER_TYPE_LABELS } from '../../domain/offers/offer-vocabulary';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import type { MatchingService } from '../../services/matching/matching-service';
import type { OfferProposals } from '../../services/matching/proposals';
import type { ProjectService } from '../../services/projects/project-service';
import type { ProjectView } from '../../services/projects/project-view';
import { pageHrefKeepingQuery, pagination } from '../presenters/pagination';
import { csrfField } from '../forms/fields';
import { rejectedQuery, shownValues } from '../forms/shown-input';
import { HttpError, NotFoundError } from '../http-errors';
import { allow } from '../access/access';
import { parseInput } from '../validation';

/** Offer types a professional may require, and the criterion that finds them. */
export const RESULT_FILTER_TYPES = [
  'logement',
  'garde-enfants',
  'emploi-conjoint',
  'local-professionnel',
  'aide-financiere',
] as const;
export type ResultFilterType = (typeof RESULT_FILTER_TYPES)[number];

const CRITERION_OF_TYPE: Record<ResultFilterType, Criterion> = {
  logement: 'housing',
  'garde-enfants': 'childcare',
  'emploi-conjoint': 'spouseJob',
  'local-professionnel': 'premises',
  'aide-financiere': 'aid',
};

export const MAX_DISTANCE_KM = 1000;
/**
 * Ranked communes per page; the map shows the same communes. Each card explains six or seven
 * criteria with their offers: twenty made pages of 200 kB, long to read and to render.
 */
export const PAGE_SIZE = 10;
/** "Presque" communes shown, on the first page only. */
export const ALMOST_SHOWN = 5;
/** Offers linked under each criterion; the commune's page lists them all. */
const OFFER_LINKS_SHOWN = 3;

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

const MET_LABELS: Record<Met, { label: string; badge: string }> = {
  oui: { label: 'Rempli', badge: 'fr-badge--success' },
  partiel: { label: 'En partie', badge: 'fr-badge--warning' },
  non: { label: 'Non rempli', badge: 'fr-badge--error' },
};
const MET_SYMBOLS: Record<Met, string> = { oui: '✓', partiel: '◐', non: '✗' };

const IMPORTANCE_LABELS: Record<Importance, string> = {
  indispensable: 'indispensable',
  important: 'important',
  souhaitable: 'souhaitable',
  'sans-objet': 'sans objet',
};

/** DSFR-like colours of the score, shared by the badges and the map markers. */
export function scoreLevel(score: number): 'bon' | 'moyen' | 'faible' {
  return score >= 75 ? 'bon' : score >= 50 ? 'moyen' : 'faible';
}
const SCORE_BADGES = { bon: 'fr-badge--success', moyen: 'fr-badge--warning', faible: '' } as const;

/** Which offer types the project can use as a filter: those of the criteria it has. */
function filterTypesOf(project: ProjectView): ResultFilterType[] {
  return RESULT_FILTER_TYPES.filter((type) => {
    switch (type) {
      case 'logement':
        return project.housing !== null;
      case 'garde-enfants':
        return project.household.children.length > 0;
      case 'emploi-conjoint':
        return project.household.partner !== null;
      case 'local-professionnel':
        return project.premises !== null;
      case 'aide-financiere':
        return true;
    }
  });
}

/** "Logement ✓, Garde ◐ — à 12 km": the map popup's short summary. */
function summaryOf(match: CommuneMatch): string {
  const marks = match.criteria
    .filter((criterion) => criterion.applies && criterion.criterion !== 'distance')
    .map((criterion) => `${criterion.label} ${MET_SYMBOLS[criterion.met]}`);
  const distance = match.distanceKm < 0.05 ? 'au centre de la zone' : `à ${kilometres(match.distanceKm)}`;
  return marks.length ? `${marks.join(', ')} — ${distance}` : distance;
}

export interface MatchingRouteDeps {
  projects: Pick<ProjectService, 'getOwned' | 'setFavorite'>;
  matching: Pick<MatchingService, 'match' | 'toMatchingProject'>;
  gazetteer: Pick<Gazetteer, 'departement'>;
  communes: Pick<CommuneDirectory, 'details'>;
  proposals: Pick<OfferProposals, 'ofProject'>;
  map: Pick<Config['map'], 'tileUrl' | 'tileAttribution'>;
}

export const resultsPath = (projectId: string) => `/professionnel/projets/${projectId}/resultats`;

export function matchingRoutes(deps: MatchingRouteDeps): Router {
  const router = Router();
  const guard = allow({ role: 'professionnel', validated: true });

  const ownedProject = (req: Request): ProjectView => {
    const user = req.user;
    if (!user) throw new HttpError(403, 'Connectez-vous pour continuer.');
    const project = deps.projects.getOwned(user.id, String(req.params.id));
    if (!project) throw new NotFoundError();
    return project;
  };

  const departementOf = (code: string) => ({ code, nom: deps.gazetteer.departement(code)?.nom ?? code });

  const presentCriterion = (criterion: CriterionMatch, communeCode: string) => ({
    label: criterion.label,
    importance: IMPORTANCE_LABELS[criterion.importance],
    met: criterion.met,
    metLabel: MET_LABELS[criterion.met].label,
    metBadge: MET_LABELS[criterion.met].badge,
    explanation: criterion.explanation,
    offers: criterion.offers.slice(0, OFFER_LINKS_SHOWN).map((offer) => ({
      href: `/offres/${offer.id}`,
      title: offer.title,
      where: offer.commune === communeCode ? '' : `${offer.communeNom}, à ${kilometres(offer.distanceKm)}`,
    })),
    moreOffers: Math.max(0, criterion.offers.length - OFFER_LINKS_SHOWN),
    communeHref: `/communes/${communeCode}`,
  });

  const presentMatch = (match: CommuneMatch, index: number, favorites: ReadonlySet<string>) => {
    const level = scoreLevel(match.score);
    return {
      rank: index + 1,
      code: match.commune.code,
      nom: match.commune.nom,
      departement: departementOf(match.commune.departement),
      href: `/communes/${match.commune.code}`,
      anchor: `commune-${match.commune.code}`,
      score: match.score,
      scoreLevel: level,
      scoreBadge: SCORE_BADGES[level],
      distance:
        match.distanceKm < 0.05 ? 'au centre de la zone recherchée' : `à ${kilometres(match.distanceKm)}`,
      favorite: favorites.has(match.commune.code),
      criteria: match.criteria
        .filter((criterion) => criterion.applies)
        .map((criterion) => presentCriterion(criterion, match.commune.code)),
      missing: match.missing,
    };
  };

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
    const filtered = filters.offres.length > 0 || filters.distanceMax !== undefined;
    const matchingProject = deps.matching.toMatchingProject(project, professional);
    const now = new Date();
    // The engine filters and cuts: only the communes up to this page are assessed in full.
    const result = deps.matching.match(matchingProject, {
      now,
      maxResults: filters.page * PAGE_SIZE,
      maxAlmost: filters.page === 1 ? ALMOST_SHOWN : 0,
      filters: {
        required: filters.offres.map((type) => CRITERION_OF_TYPE[type]),
        maxDistanceKm: filters.distanceMax,
      },
    });
    const isEmpty = (counted: MatchResult) => counted.rankedTotal === 0 && counted.almostTotal === 0;
    const nothingAtAll =
      isEmpty(result) && (!filtered || isEmpty(deps.matching.match(matchingProject, { now, maxResults: 0 })));
    const favorites = new Set(project.favorites);
    const firstShown = (filters.page - 1) * PAGE_SIZE;
    const shownRanked = result.ranked.slice(firstShown);
    const pageCount = Math.ceil(result.rankedTotal / PAGE_SIZE);
    const back = filtered ? new URL(req.originalUrl, 'http://localhost').search : '';

    res.render('professional/results', {
      ...common,
      useMap: true,
      useResultsMap: true,
      filtered,
      back,
      ranked: shownRanked.map((match, index) => presentMatch(match, firstShown + index, favorites)),
      rankedTotal: result.rankedTotal,
      pagination: pagination(filters.page, pageCount, pageHrefKeepingQuery(req.originalUrl)),
      firstShown: firstShown + 1,
      lastShown: firstShown + shownRanked.length,
      almost: result.almost.map((match, index) => presentMatch(match, index, favorites)),
      almostTotal: result.almostTotal,
      almostShown: result.almost.length,
      nothingAtAll,
      map: {
        tileUrl: deps.map.tileUrl,
        tileAttribution: deps.map.tileAttribution,
        points: JSON.stringify(
          shownRanked.map((match) => ({
            code: match.commune.code,
            nom: match.commune.nom,
            lat: match.commune.latitude,
            lon: match.commune.longitude,
            score: match.score,
            summary: summaryOf(match),
          })),
        ),
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
