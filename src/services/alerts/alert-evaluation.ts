// Does a newly published offer change an alert project's results? The engine runs twice on the
// project, with the offer and over a geography that hides it: the communes newly ranked (they now
// meet every indispensable criterion) or whose score rose by at least the alert's threshold.
// Nothing is stored per alert: the comparison is made at publication time, on memory only.
import { haversineKm } from '../../domain/geo/distance';
import { matchProject } from '../../domain/matching/match-project';
import { resolveArea } from '../../domain/matching/project-area';
import {
  DEFAULT_COMMUTE_KM,
  type MatchingCommune,
  type MatchingGeography,
  type MatchingProject,
  type ProjectArea,
} from '../../domain/matching/types';

export interface AlertChange {
  commune: MatchingCommune;
  score: number;
  /** The score without the offer; null when the commune was not ranked. */
  before: number | null;
}

/** Offers count up to this far from a commune of the area (childcare, spouse job). */
const FARTHEST_COMMUTE_KM = Math.max(...Object.values(DEFAULT_COMMUTE_KM));

/** Cheap first look: the offer's commune is in the project's area or within commuting distance of it. */
export function offerConcernsArea(
  area: ProjectArea,
  geography: MatchingGeography,
  offerCommune: MatchingCommune,
): boolean {
  return resolveArea(area, geography).lists.some((communes) =>
    communes.some(
      (commune) =>
        commune.code === offerCommune.code || haversineKm(commune, offerCommune) <= FARTHEST_COMMUTE_KM,
    ),
  );
}

export function changesFromOffer(
  project: MatchingProject,
  geography: MatchingGeography,
  offer: { id: string; commune: string },
  threshold: number,
  now: Date,
): AlertChange[] {
  const withoutOffer: MatchingGeography = {
    ...geography,
    offersOf: (code) => {
      const offers = geography.offersOf(code);
      return code === offer.commune ? offers.filter((candidate) => candidate.id !== offer.id) : offers;
    },
  };
  const before = new Map(
    matchProject(project, withoutOffer, { now }).ranked.map((match) => [match.commune.code, match.score]),
  );
  return matchProject(project, geography, { now })
    .ranked.map((match) => ({
      commune: match.commune,
      score: match.score,
      before: before.get(match.commune.code) ?? null,
    }))
    .filter((change) => change.before === null || change.score - change.before >= threshold);
}

/** "Nouvelle offre à Dole : la commune correspond à votre projet « Jura 2027 »". */
export function alertTitle(
  offerCommune: MatchingCommune,
  projectName: string,
  changes: AlertChange[],
): string {
  const main = changes.find((change) => change.commune.code === offerCommune.code) ?? changes[0];
  if (!main) return '';
  const who = main.commune.code === offerCommune.code ? 'la commune' : main.commune.nom;
  const verb = main.before === null ? 'correspond' : 'correspond mieux';
  const others = changes.length - 1;
  const more = others > 0 ? ` (et ${others} autre${others > 1 ? 's communes' : ' commune'})` : '';
  return `Nouvelle offre à ${offerCommune.nom} : ${who} ${verb} à votre projet « ${projectName} »${more}`;
}
