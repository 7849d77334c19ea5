// The alert page of an installation project (/professionnel/projets/:id/alerte): the alert if any,
// its threshold (as typed after a refused form), and how often its e-mails go.
import { type Frequency, FREQUENCY_LABELS } from '../../domain/notifications/notification-preferences';
import type { AlertView } from '../../services/alerts/alert-read-model';
import { DEFAULT_ALERT_THRESHOLD } from '../../services/alerts/alert-service';
import type { ProjectView } from '../../services/projects/project-view';
import type { FieldErrors } from '../validation';
import { PREFERENCES } from './notification-presenter';

export const alertPath = (projectId: string) => `/professionnel/projets/${projectId}/alerte`;

/** A refused alert form, shown again. */
export interface SubmittedAlert {
  values: { seuil: string };
  errors: FieldErrors;
}

export function presentProjectAlert(
  project: ProjectView,
  alert: AlertView | undefined,
  frequency: Frequency,
  submitted?: SubmittedAlert,
) {
  return {
    title: `Alerte pour « ${project.name} »`,
    project: { name: project.name, resultsHref: `/professionnel/projets/${project.id}/resultats` },
    alert,
    action: alertPath(project.id),
    deleteAction: `${alertPath(project.id)}/suppression`,
    frequencyLabel: FREQUENCY_LABELS[frequency],
    preferencesHref: PREFERENCES,
    values: submitted?.values ?? { seuil: String(alert?.threshold ?? DEFAULT_ALERT_THRESHOLD) },
    errors: submitted?.errors,
  };
}
