// A professional's project as a commune sees it: what they do and look for, never who they are.
// Only the profession and status labels, the household's shape with ages (never names or birth
// dates), the start month and the wishes; never the name, e-mail, RPPS, specialty or project name.
import { ageInMonths, startDateOf } from '../../domain/matching/child-age';
import { housingWishPhrase } from '../../domain/matching/explain';
import { both, lowerFirst, monthYear } from '../../domain/matching/french';
import { CRITERIA, CRITERION_LABELS, type Child } from '../../domain/matching/types';
import { CONTRACT_LABELS, JOB_SECTORS, PREMISES_KIND_LABELS } from '../../domain/offers/offer-vocabulary';
import { PROFESSIONAL_STATUS_LABELS } from '../../domain/professionals/professional-profile';
import { PROFESSION_LABELS } from '../../domain/professions';
import type { ProfessionalProfileInput } from '../../services/projects/professional-profiles';
import type { ProjectView } from '../../services/projects/project-view';

/** Under three years, an age is given in months, as crèche offers give theirs ("10–36 mois"). */
const MONTHS_UNTIL = 36;

/** Ages today, youngest first: "3 et 7 ans", "8 mois et 4 ans", "30 mois", "à naître". */
export function childrenAges(children: readonly Child[], now: Date): string {
  const today = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };
  const months = children.map((child) => ageInMonths(child, today)).sort((a, b) => a - b);
  if (months.every((age) => age >= MONTHS_UNTIL))
    return `${both(months.map((age) => String(Math.floor(age / 12))))} ans`;
  return both(
    months.map((age) =>
      age < 0
        ? 'à naître'
        : age < MONTHS_UNTIL
          ? `${String(age)} mois`
          : `${String(Math.floor(age / 12))} ans`,
    ),
  );
}

/** "couple avec 2 enfants (3 et 7 ans)", "sans enfant ni conjoint(e) en recherche d’emploi"… */
export function householdPhrase(household: ProjectView['household'], now: Date): string {
  const count = household.children.length;
  const children =
    count === 0
      ? ''
      : `${String(count)} ${count > 1 ? 'enfants' : 'enfant'} (${childrenAges(household.children, now)})`;
  if (household.partner) return count ? `couple avec ${children}` : 'couple sans enfant';
  return count
    ? `${children}, sans conjoint(e) en recherche d’emploi`
    : 'sans enfant ni conjoint(e) en recherche d’emploi';
}

/** What the project looks for, one line per need. */
export function wishesOf(project: ProjectView): { label: string; text: string }[] {
  const start = startDateOf(project.start);
  const wishes: { label: string; text: string }[] = [];
  if (project.housing) wishes.push({ label: 'Logement', text: housingWishPhrase(project.housing, start) });
  if (project.household.children.length)
    wishes.push({
      label: 'Garde',
      text: `pour ${project.household.children.length > 1 ? 'les enfants' : 'l’enfant'} (âge au début du projet : ${childrenAges(project.household.children, start)})`,
    });
  if (project.household.partner) {
    const { sectors, contracts } = project.household.partner;
    wishes.push({
      label: 'Emploi du conjoint',
      text: [
        sectors.length
          ? `secteurs : ${sectors.map((sector) => lowerFirst(JOB_SECTORS[sector])).join(', ')}`
          : 'tous secteurs',
        contracts.length
          ? `contrats : ${contracts.map((contract) => CONTRACT_LABELS[contract]).join(', ')}`
          : 'tout contrat',
      ].join(' ; '),
    });
  }
  if (project.premises)
    wishes.push({
      label: 'Local professionnel',
      text: project.premises.kinds.length
        ? project.premises.kinds.map((kind) => lowerFirst(PREMISES_KIND_LABELS[kind])).join(', ')
        : 'tout type de local',
    });
  return wishes;
}

export function presentAnonymisedProject(project: ProjectView, profile: ProfessionalProfileInput, now: Date) {
  return {
    id: project.id,
    anchor: `projet-${project.id}`,
    profession: PROFESSION_LABELS[profile.profession],
    status: PROFESSIONAL_STATUS_LABELS[profile.status],
    household: householdPhrase(project.household, now),
    start: monthYear(startDateOf(project.start)),
    wishes: wishesOf(project),
    indispensable: CRITERIA.filter((criterion) => project.importance[criterion] === 'indispensable').map(
      (criterion) => CRITERION_LABELS[criterion],
    ),
  };
}
