// Every criterion's finding in plain French, e.g. "Logement : T3 à 650 €/mois dès janvier 2027 ✓",
// and what an "almost" commune lacks.
import {
  CHILDCARE_STRUCTURE_LABELS,
  CONTRACT_LABELS,
  JOB_SECTORS,
  PREMISES_KIND_LABELS,
} from '../offers/offer-vocabulary';
import type { Assessment, ChildPlacement, Finding, FoundOffer } from './assessment';
import { housingPrice } from './criteria/housing';
import { both, either, euros, inPlace, kilometres, lowerFirst, monthYear, ofPlace, percent } from './french';
import { detailFlag, detailNumber, detailText } from './offer-details';
import type { HousingWish, MatchingOffer, Met, PartnerWish, PremisesWish } from './types';
import { CRITERION_LABELS } from './types';

export interface ExplainContext {
  now: Date;
  /** The 1st of the project's start month. */
  start: Date;
  penalty: number;
}

const SYMBOLS: Record<Met, string> = { oui: ' ✓', partiel: ' ◐', non: ' ✗' };

const label = (labels: Record<string, string>, value: string) => labels[value] ?? value;

/** "(offre voisine, compte pour moitié)". */
export const nearbyNote = (penalty: number): string =>
  `(offre voisine, compte pour ${penalty === 0.5 ? 'moitié' : percent(penalty)})`;

/** " à Lons-le-Saunier, à 25 km" for a nearby offer, "" for the commune's own. */
const where = (found: FoundOffer): string =>
  found.nearby ? ` ${inPlace(found.commune.nom)}, à ${kilometres(found.distanceKm)}` : '';

/** Offers named in an explanation; the others are counted. */
export const OFFERS_NAMED = 3;

const others = (count: number): string =>
  count <= 0 ? '' : count === 1 ? ' (et 1 autre offre)' : ` (et ${String(count)} autres offres)`;

/** The first offers named by `phrase` and joined by `join`, then "(et N autres offres)". */
const named = (
  found: FoundOffer[],
  phrase: (found: FoundOffer) => string,
  join: (items: string[]) => string,
) => `${join(found.slice(0, OFFERS_NAMED).map(phrase))}${others(found.length - OFFERS_NAMED)}`;
const semicolons = (items: string[]) => items.join(' ; ');

const availability = (offer: MatchingOffer, now: Date): string =>
  offer.availableFrom.getTime() > now.getTime()
    ? `dès ${monthYear(offer.availableFrom)}`
    : 'disponible maintenant';

/** "T3 à 650 €/mois dès janvier 2027", "studio meublé à titre gratuit, disponible maintenant". */
export function housingPhrase(offer: MatchingOffer, now: Date): string {
  const rooms = detailNumber(offer, 'rooms');
  const kind = detailText(offer, 'housingKind');
  const home = rooms >= 2 ? `T${String(rooms)}` : kind === 'studio' || kind === 'chambre' ? kind : 'T1';
  const furnished = detailFlag(offer, 'furnished') ? (kind === 'chambre' ? ' meublée' : ' meublé') : '';
  const tenure = detailText(offer, 'tenure');
  const price =
    tenure === 'mise-a-disposition'
      ? 'à titre gratuit'
      : tenure === 'vente'
        ? `en vente à ${euros(housingPrice(offer))}`
        : `à ${euros(housingPrice(offer))}/mois`;
  const when = availability(offer, now);
  return `${home}${furnished} ${price}${when.startsWith('dès') ? ' ' : ', '}${when}`;
}

/** "micro-crèche de Dole". */
const structureOf = (found: FoundOffer): string =>
  `${lowerFirst(label(CHILDCARE_STRUCTURE_LABELS, detailText(found.offer, 'structure')))} ${ofPlace(found.commune.nom)}`;

/** "micro-crèche de Dole : 10–36 mois" (and "dès mars 2027" when it opens after the start). */
function childcareNearMiss(found: FoundOffer, start: Date): string {
  const ages = `${String(detailNumber(found.offer, 'ageMinMonths'))}–${String(detailNumber(found.offer, 'ageMaxMonths'))} mois`;
  const late =
    found.offer.availableFrom.getTime() > start.getTime()
      ? `, dès ${monthYear(found.offer.availableFrom)}`
      : '';
  return `${structureOf(found)} : ${ages}${late}`;
}

/** "micro-crèche de Dole ou crèche de Tavaux, à 5 km, pour l’enfant de 20 mois". */
function childPhrase(child: ChildPlacement): string {
  const age = `${String(child.ageMonths)} mois`;
  const places = child.places.length ? child.places : child.place ? [child.place] : [];
  if (places.length === 0) return `aucune place pour un enfant de ${age}`;
  const structure = (found: FoundOffer) =>
    `${structureOf(found)}${found.nearby ? `, à ${kilometres(found.distanceKm)}` : ''}`;
  const list = named(places, structure, either);
  return `${list}${list.endsWith('km') ? ',' : ''} pour l’enfant de ${age}`;
}

/** "comptable (CDI)". */
const jobPhrase = (offer: MatchingOffer): string =>
  `${lowerFirst(detailText(offer, 'jobTitle') || offer.title)} (${label(CONTRACT_LABELS, detailText(offer, 'contract'))})`;

const jobNearMiss = (offer: MatchingOffer): string =>
  `${lowerFirst(detailText(offer, 'jobTitle') || offer.title)}, ${label(CONTRACT_LABELS, detailText(offer, 'contract'))}, ${label(JOB_SECTORS, detailText(offer, 'sector'))}`;

/** "place en maison de santé (MSP), 24 m², 350 €/mois". */
function premisesPhrase(offer: MatchingOffer): string {
  const rent = detailNumber(offer, 'rent');
  return `${lowerFirst(label(PREMISES_KIND_LABELS, detailText(offer, 'premisesKind')))}, ${String(detailNumber(offer, 'surfaceM2'))} m², ${rent > 0 ? `${euros(rent)}/mois` : 'loyer gratuit'}`;
}

/** "10 000 € avec un engagement de 36 mois". */
function aidPhrase(offer: MatchingOffer): string {
  const months = detailNumber(offer, 'commitmentMonths');
  return `${euros(detailNumber(offer, 'amountEur'))} ${months > 0 ? `avec un engagement de ${String(months)} mois` : 'sans engagement'}`;
}

/** "en location, d’au moins 3 pièces, à 700 €/mois au plus, meublé, disponible en janvier 2027". */
export function housingWishPhrase(wish: HousingWish, start: Date): string {
  const parts: string[] = [];
  if (wish.tenure === 'location') parts.push('en location');
  if (wish.tenure === 'achat') parts.push('à acheter');
  if (wish.roomsMin > 1) parts.push(`d’au moins ${String(wish.roomsMin)} pièces`);
  if (wish.budgetMax !== null)
    parts.push(`à ${euros(wish.budgetMax)}${wish.tenure === 'achat' ? '' : '/mois'} au plus`);
  if (wish.furnished !== null) parts.push(wish.furnished ? 'meublé' : 'non meublé');
  parts.push(`disponible en ${monthYear(start)}`);
  return parts.join(', ');
}

/** "(secteur : Enseignement ; contrat : CDI ou CDD)", or "" when any job will do. */
function partnerWishPhrase(wish: PartnerWish): string {
  const parts = [
    ...(wish.sectors.length
      ? [`secteur : ${either(wish.sectors.map((sector) => JOB_SECTORS[sector]))}`]
      : []),
    ...(wish.contracts.length
      ? [`contrat : ${either(wish.contracts.map((contract) => CONTRACT_LABELS[contract]))}`]
      : []),
  ];
  return parts.length ? ` (${parts.join(' ; ')})` : '';
}

/** " de type cabinet individuel ou centre de santé", or "" when any kind will do. */
const premisesWishPhrase = (wish: PremisesWish): string =>
  wish.kinds.length
    ? ` de type ${either(wish.kinds.map((kind) => lowerFirst(PREMISES_KIND_LABELS[kind])))}`
    : '';

/**
 * The offers found, best first, the first three named with where they are when nearby, the others
 * counted: "comptable (CDI) à Dole, à 12 km ; infirmier (CDD) (et 2 autres offres)".
 */
function foundPhrase(found: FoundOffer[], phrase: (offer: MatchingOffer) => string): string {
  return named(found, (one) => `${phrase(one.offer)}${where(one)}`, semicolons);
}

const withNotes = (body: string, met: Met, notes: string[]): string =>
  `${body}${SYMBOLS[met]}${notes.length ? ` ${notes.join(' ')}` : ''}`;

function body(assessment: Assessment, context: ExplainContext): string {
  const { finding, met } = assessment;
  const penaltyNote = assessment.offers.some((found) => found.nearby) ? [nearbyNote(context.penalty)] : [];
  const misses = (list: FoundOffer[], phrase: (offer: MatchingOffer) => string) =>
    list.length ? [`(${list.map((found) => phrase(found.offer)).join(' ; ')})`] : [];
  switch (finding.criterion) {
    case 'housing':
      if (!finding.wish) return 'pas de logement recherché';
      if (finding.found.length)
        return withNotes(
          foundPhrase(finding.found, (o) => housingPhrase(o, context.now)),
          met,
          penaltyNote,
        );
      return withNotes(
        `aucun logement ${housingWishPhrase(finding.wish, context.start)}`,
        met,
        misses(finding.nearMisses, (o) => housingPhrase(o, context.now)),
      );
    case 'childcare': {
      if (finding.children.length === 0) return 'pas d’enfant à faire garder';
      const nearMisses = new Map<string, FoundOffer>();
      for (const child of finding.children)
        if (!child.place) for (const miss of child.nearMisses) nearMisses.set(miss.offer.id, miss);
      const missNote = nearMisses.size
        ? [`(${[...nearMisses.values()].map((miss) => childcareNearMiss(miss, context.start)).join(' ; ')})`]
        : [];
      return withNotes(finding.children.map(childPhrase).join(' ; '), met, [...missNote, ...penaltyNote]);
    }
    case 'spouseJob':
      if (!finding.wish) return 'pas de conjoint en recherche d’emploi';
      if (finding.found.length) return withNotes(foundPhrase(finding.found, jobPhrase), met, penaltyNote);
      return withNotes(
        `aucun poste pour le conjoint${partnerWishPhrase(finding.wish)}`,
        met,
        misses(finding.nearMisses, jobNearMiss),
      );
    case 'premises':
      if (!finding.wish) return 'pas de local recherché';
      if (finding.found.length)
        return withNotes(foundPhrase(finding.found, premisesPhrase), met, penaltyNote);
      return withNotes(
        `aucun local professionnel${premisesWishPhrase(finding.wish)}`,
        met,
        misses(finding.nearMisses, premisesPhrase),
      );
    case 'aid':
      if (!finding.found.length) return withNotes('aucune aide proposée', met, []);
      return withNotes(
        named(finding.found, (found) => aidPhrase(found.offer), semicolons),
        met,
        [],
      );
    case 'need':
      // `need` is already in words: the zone for the profession, or the commune's statement in quotes.
      return withNotes(finding.need || 'aucun besoin déclaré par la commune', met, []);
    case 'distance': {
      const beyond =
        finding.distanceKm > finding.radiusKm ? ` (au-delà de ${kilometres(finding.radiusKm)})` : '';
      if (finding.distanceKm < 0.05)
        return finding.centreName ? 'commune de référence du projet' : 'au centre de la zone recherchée';
      const from = finding.centreName ? ofPlace(finding.centreName) : 'du centre de la zone recherchée';
      return `à ${kilometres(finding.distanceKm)} ${from}${beyond}`;
    }
  }
}

/** "Garde : aucune place pour un enfant de 40 mois ✗ (micro-crèche de Dole : 10–36 mois)". */
export const explain = (assessment: Assessment, context: ExplainContext): string =>
  `${CRITERION_LABELS[assessment.finding.criterion]} : ${body(assessment, context)}`;

/** What a commune lacks for an unmet criterion: "Garde : une place pour l’enfant de 40 mois". */
export function missingPhrase(finding: Finding, start: Date): string {
  const need = (() => {
    switch (finding.criterion) {
      case 'housing':
        return finding.wish ? `un logement ${housingWishPhrase(finding.wish, start)}` : 'un logement';
      case 'childcare': {
        const ages = finding.children
          .filter((child) => !child.place)
          .map((child) => `${String(child.ageMonths)} mois`);
        return ages.length > 1
          ? `une place pour les enfants de ${both(ages)}`
          : `une place pour l’enfant de ${ages.join('')}`;
      }
      case 'spouseJob':
        return `un poste pour le conjoint${finding.wish ? partnerWishPhrase(finding.wish) : ''}`;
      case 'premises':
        return `un local professionnel${finding.wish ? premisesWishPhrase(finding.wish) : ''}`;
      case 'aid':
        return 'une aide à l’installation';
      case 'need':
        return 'un territoire qui manque de professionnels de santé (zonage de l’ARS ou besoin déclaré par la commune)';
      case 'distance':
        return 'une commune plus proche';
    }
  })();
  return `${CRITERION_LABELS[finding.criterion]} : ${need}`;
}
