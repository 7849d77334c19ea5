// The comparison table of two to four communes for one project: one column per commune, one row
// per thing compared (score, each criterion with the offers it found, the package and its
// commitments, distance, ARS zoning). Cells are plain data: the view prints them in a real table.
import { kilometres } from '../../domain/matching/french';
import type { CommuneAssessment } from '../../domain/matching/match-project';
import type { CriterionMatch } from '../../domain/matching/types';
import { ZONE_LABELS, type Zone } from '../../domain/zoning/zones';
import { MET_LABELS, importanceWord } from './criterion-labels';
import { presentPackage } from './package-presenter';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export const comparePath = (projectId: string) => `/professionnel/projets/${projectId}/comparer`;

/** The results page's comparison form, and a link comparing the first favourites when there are two or more. */
export function compareLinks(project: { id: string; favorites: readonly string[] }) {
  const favorites = project.favorites.slice(0, MAX_COMPARED);
  const query = new URLSearchParams(favorites.map((code): [string, string] => ['communes', code])).toString();
  return {
    action: comparePath(project.id),
    favoritesHref: favorites.length >= MIN_COMPARED ? `${comparePath(project.id)}?${query}` : null,
  };
}

export interface ComparedCommune {
  code: string;
  nom: string;
  departement: { code: string; nom: string };
  /** null: not among the project's communes (outside its area, or no offer open to it). */
  assessment: CommuneAssessment | null;
  /** The ARS zoning's zone for the profession at the project's start, or null. */
  zone: Zone | null;
}

interface Cell {
  text: string;
  badge?: { label: string; className: string };
  links?: { title: string; href: string; where: string; external: boolean }[];
  list?: string[];
}

const NOT_A_CANDIDATE: Cell = {
  text: 'Pas parmi les communes de votre projet (hors de sa zone, ou sans offre qui vous soit ouverte)',
};

function criterionCell(criterion: CriterionMatch | undefined, communeCode: string): Cell {
  if (!criterion) return NOT_A_CANDIDATE;
  const met = MET_LABELS[criterion.met];
  return {
    text: criterion.explanation,
    badge: { label: met.label, className: met.badge },
    links: criterion.offers.map((offer) => ({
      title: offer.title,
      href: `/offres/${offer.id}`,
      where: offer.commune === communeCode ? '' : `${offer.communeNom}, à ${kilometres(offer.distanceKm)}`,
      external: false,
    })),
  };
}

export function presentComparison(compared: readonly ComparedCommune[]) {
  const matches = compared.map((commune) => commune.assessment?.match);
  const reference = matches.find((match) => match !== undefined);
  const criteria = (reference?.criteria ?? []).filter(
    (criterion) => criterion.applies && criterion.criterion !== 'distance',
  );
  const row = (header: string, cell: (index: number) => Cell) => ({
    header,
    cells: compared.map((_commune, index) => (matches[index] ? cell(index) : NOT_A_CANDIDATE)),
  });
  const packageOf = (index: number) => {
    const match = matches[index];
    return match ? presentPackage(match.package, match.commune.nom) : undefined;
  };
  return {
    columns: compared.map((commune) => ({
      code: commune.code,
      nom: commune.nom,
      departement: commune.departement,
      href: `/communes/${commune.code}`,
      almost: commune.assessment !== null && !commune.assessment.ranked,
    })),
    rows: [
      row('Score', (index) => {
        const assessment = compared[index]?.assessment;
        return {
          text: `${String(assessment?.match.score)}/100`,
          list:
            assessment && !assessment.ranked
              ? assessment.match.missing.map((missing) => `Il manque : ${missing}`)
              : [],
        };
      }),
      ...criteria.map((criterion) =>
        row(`${criterion.label} (critère ${importanceWord(criterion.importance)})`, (index) =>
          criterionCell(
            matches[index]?.criteria.find((other) => other.criterion === criterion.criterion),
            compared[index]?.code ?? '',
          ),
        ),
      ),
      row('Bouquet d’aides : valeur totale', (index) => {
        const pack = packageOf(index);
        return {
          text: pack?.total ?? '',
          links: (pack?.lines ?? []).map((line) => ({
            title: `${line.title} — ${line.grantor} : ${line.value}`,
            href: line.href,
            where: '',
            external: line.external,
          })),
        };
      }),
      row('Engagements demandés en retour', (index) => {
        const commitments = packageOf(index)?.commitments ?? [];
        return { text: commitments.length === 0 ? 'aucun engagement' : '', list: commitments };
      }),
      row('Distance', (index) => {
        const distance = matches[index]?.distanceKm ?? 0;
        return { text: distance < 0.05 ? 'au centre de la zone recherchée' : kilometres(distance) };
      }),
      {
        header: 'Zonage de l’ARS pour votre profession',
        cells: compared.map((commune) => ({
          text: commune.zone ? `zone ${ZONE_LABELS[commune.zone].toLowerCase()}` : 'aucun zonage connu',
        })),
      },
    ],
  };
}
