// The lines of a project a professional chose to share with a commune, written once when they
// write (the commune reads this snapshot, not the live project). Built on the anonymised project's
// wording, so that a commune reads the same phrases everywhere.
import { startDateOf } from '../../domain/matching/child-age';
import { monthYear } from '../../domain/matching/french';
import { CRITERIA, CRITERION_LABELS } from '../../domain/matching/types';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { SHARE_CHOICES, type ShareChoice } from '../../domain/contacts/share-choices';
import type { SharedLine } from '../../services/contacts/conversation-view';
import type { ProjectView } from '../../services/projects/project-view';
import { householdPhrase, wishesOf } from './anonymised-project';

type Places = Pick<Gazetteer, 'commune' | 'departement' | 'region'>;

/** "Dole (39), département Doubs (25), 30 km autour de Pontarlier (25)". */
function areaPhrase(area: ProjectView['area'], places: Places): string {
  const commune = (code: string) => {
    const found = places.commune(code);
    return found ? `${found.nom} (${found.departement})` : code;
  };
  return [
    ...(area.communes ?? []).map(commune),
    ...(area.departements ?? []).map(
      (code) => `département ${places.departement(code)?.nom ?? code} (${code})`,
    ),
    ...(area.regions ?? []).map((code) => `région ${places.region(code)?.nom ?? code}`),
    ...(area.around ? [`${String(area.around.radiusKm)} km autour de ${commune(area.around.commune)}`] : []),
  ].join(', ');
}

const WISH_OF_CHOICE: Partial<Record<ShareChoice, readonly string[]>> = {
  logement: ['Logement'],
  local: ['Local professionnel'],
  recherche: ['Garde', 'Emploi du conjoint'],
};

export function sharedLines(
  project: ProjectView | undefined,
  choices: readonly ShareChoice[],
  places: Places,
  now: Date,
): SharedLine[] {
  if (!project) return [];
  const wishes = wishesOf(project);
  const lines: SharedLine[] = [];
  for (const choice of SHARE_CHOICES.filter((candidate) => choices.includes(candidate))) {
    if (choice === 'foyer')
      lines.push({ key: choice, label: 'Foyer', text: householdPhrase(project.household, now) });
    if (choice === 'debut')
      lines.push({ key: choice, label: 'Début souhaité', text: monthYear(startDateOf(project.start)) });
    if (choice === 'zone')
      lines.push({ key: choice, label: 'Zone recherchée', text: areaPhrase(project.area, places) });
    for (const wish of wishes.filter((candidate) => WISH_OF_CHOICE[choice]?.includes(candidate.label)))
      lines.push({ key: choice, label: wish.label, text: wish.text });
    if (choice === 'recherche') {
      const indispensable = CRITERIA.filter((criterion) => project.importance[criterion] === 'indispensable');
      if (indispensable.length)
        lines.push({
          key: choice,
          label: 'Indispensable',
          text: indispensable.map((criterion) => CRITERION_LABELS[criterion]).join(', '),
        });
    }
  }
  return lines;
}
