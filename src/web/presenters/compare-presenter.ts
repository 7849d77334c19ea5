// The comparison table of two to four communes for one project: one column per commune, one row
// per thing compared (score, each criterion with the offers it found, the package and its
// commitments, distance, ARS zoning). Cells are plain data: the view prints them in a real table.
import { kilometres } from '../../domain/matching/french';
import type { CriterionMatch } from '../../domain/matching/types';
import { ZONE_LABELS } from '../../domain/zoning/zones';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import { type ComparedCommune, MAX_COMPARED, MIN_COMPARED } from '../../services/matching/compare-communes';
import type { ProjectView } from '../../services/projects/project-view';
import { MET_LABELS, importanceWord } from './criterion-labels';
import { comparePath, resultsPath } from '../paths';
import { presentPackage } from './package-presenter';

/** The results page's comparison form, and a link comparing the first favourites when there are two or more. */
export function compareLinks(project: { id: string; favorites: readonly string[] }) {
  const favorites = project.favorites.slice(0, MAX_COMPARED);
  const query = new URLSearchParams(favorites.map((code): [string, string] => ['communes', code])).toString();
  return {
    action: comparePath(project.id),
    favoritesHref: favorites.length >= MIN_COMPARED ? `${comparePath(project.id)}?${query}` : null,
  };
}

/** The page around the table: its heading and the checkboxes (favourites and the communes asked for). */
export function compareForm(
  project: Pick<ProjectView, 'id' | 'name' | 'favorites'>,
  asked: readonly string[],
  communes: Pick<CommuneDirectory, 'details'>,
) {
  return {
    title: `Comparer des communes pour « ${project.name} »`,
    project: { id: project.id, name: project.name, resultsHref: resultsPath(project.id) },
    action: comparePath(project.id),
    choices: [...new Set([...project.favorites, ...asked])].flatMap((code) => {
      const commune = communes.details(code);
      return commune ? [{ value: code, label: `${commune.nom} (${commune.departement.code})` }] : [];
    }),
    checked: asked,
  };
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
