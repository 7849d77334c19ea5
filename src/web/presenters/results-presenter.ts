// The ranked, explained communes of a project as the results pages show them: one page of ranked
// communes with each applying criterion explained and the offers it found, the "presque" communes
// (first page only), the pagination and the map's points. Used by the professional's results and by
// the anonymous try-it page, so that both show exactly the same thing.
import { kilometres } from '../../domain/matching/french';
import type {
  CommuneMatch,
  Criterion,
  CriterionMatch,
  MatchResult,
  MatchingOptions,
  MatchingProject,
  Met,
} from '../../domain/matching/types';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { MatchingService } from '../../services/matching/matching-service';
import { MET_LABELS, importanceWord } from './criterion-labels';
import { presentPackage } from './package-presenter';
import { pageHrefKeepingQuery, pagination } from './pagination';

/** Offer types a professional may require, and the criterion that finds them. */
export const RESULT_FILTER_TYPES = [
  'logement',
  'garde-enfants',
  'emploi-conjoint',
  'local-professionnel',
  'aide-financiere',
] as const;
export type ResultFilterType = (typeof RESULT_FILTER_TYPES)[number];

export const CRITERION_OF_TYPE: Record<ResultFilterType, Criterion> = {
  logement: 'housing',
  'garde-enfants': 'childcare',
  'emploi-conjoint': 'spouseJob',
  'local-professionnel': 'premises',
  'aide-financiere': 'aid',
};

/**
 * Ranked communes per page; the map shows the same communes. Each card explains six or seven
 * criteria with their offers: twenty made pages of 200 kB, long to read and to render.
 */
export const PAGE_SIZE = 10;
/** "Presque" communes shown, on the first page only. */
export const ALMOST_SHOWN = 5;
/** Offers linked under each criterion; the commune's page lists them all. */
const OFFER_LINKS_SHOWN = 3;

const MET_SYMBOLS: Record<Met, string> = { oui: '✓', partiel: '◐', non: '✗' };

/** DSFR-like colours of the score, shared by the badges and the map markers. */
export function scoreLevel(score: number): 'bon' | 'moyen' | 'faible' {
  return score >= 75 ? 'bon' : score >= 50 ? 'moyen' : 'faible';
}
const SCORE_BADGES = { bon: 'fr-badge--success', moyen: 'fr-badge--warning', faible: '' } as const;

/** Which offer types the project can use as a filter: those of the criteria it has. */
export function filterTypesOf(project: Pick<MatchingProject, 'housing' | 'household' | 'premises'>) {
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

function presentCriterion(criterion: CriterionMatch, communeCode: string) {
  return {
    label: criterion.label,
    importance: importanceWord(criterion.importance),
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
  };
}

export interface ResultsRequest {
  project: MatchingProject;
  page: number;
  filters: MatchingOptions['filters'];
  /** Communes marked as favourites (none for a visitor). */
  favorites: ReadonlySet<string>;
  /** The page's URL: the pagination keeps its query. */
  url: string;
  now?: Date;
}

export interface ResultsPresenterDeps {
  matching: Pick<MatchingService, 'matchForPage'>;
  gazetteer: Pick<Gazetteer, 'departement'>;
}

/** The view model of one page of results (see views/partials/results-list.hbs). */
export function presentResults(deps: ResultsPresenterDeps, request: ResultsRequest) {
  const { project, page, filters, favorites } = request;
  const departementOf = (code: string) => ({ code, nom: deps.gazetteer.departement(code)?.nom ?? code });
  const presentMatch = (match: CommuneMatch, index: number) => {
    const level = scoreLevel(match.score);
    return {
      // What the card is rendered from (see keptFragment in results-list.hbs), with the rank and favourite.
      source: match,
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
      package: presentPackage(match.package, match.commune.nom),
    };
  };

  const filtered = (filters?.required?.length ?? 0) > 0 || filters?.maxDistanceKm !== undefined;
  const now = request.now ?? new Date();
  // The engine filters and cuts: only the communes up to this page are assessed in full.
  const result = deps.matching.matchForPage(project, {
    now,
    maxResults: page * PAGE_SIZE,
    maxAlmost: page === 1 ? ALMOST_SHOWN : 0,
    filters,
  });
  const isEmpty = (counted: MatchResult) => counted.rankedTotal === 0 && counted.almostTotal === 0;
  const nothingAtAll =
    isEmpty(result) && (!filtered || isEmpty(deps.matching.matchForPage(project, { now, maxResults: 0 })));
  const firstShown = (page - 1) * PAGE_SIZE;
  const shownRanked = result.ranked.slice(firstShown);
  const pageCount = Math.ceil(result.rankedTotal / PAGE_SIZE);

  return {
    useMap: true,
    useResultsMap: true,
    filtered,
    ranked: shownRanked.map((match, index) => presentMatch(match, firstShown + index)),
    rankedTotal: result.rankedTotal,
    pagination: pagination(page, pageCount, pageHrefKeepingQuery(request.url)),
    firstShown: firstShown + 1,
    lastShown: firstShown + shownRanked.length,
    almost: result.almost.map((match, index) => presentMatch(match, index)),
    almostTotal: result.almostTotal,
    almostShown: result.almost.length,
    nothingAtAll,
    mapPoints: JSON.stringify(
      shownRanked.map((match) => ({
        code: match.commune.code,
        nom: match.commune.nom,
        lat: match.commune.latitude,
        lon: match.commune.longitude,
        score: match.score,
        summary: summaryOf(match),
      })),
    ),
  };
}
