// A professional's confirmed installations and their check-ins as the page shows them.
import type { CheckInState } from '../../domain/retention/check-in-schedule';
import { RETENTION_LEVERS, RETENTION_LEVER_LABELS } from '../../domain/retention/retention-levers';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import type { ConfirmedInstallation } from '../../services/retention/check-ins';

const STATE_LABELS: Record<CheckInState, string> = {
  'a-venir': 'À venir',
  due: 'À répondre',
  manquee: 'Sans réponse',
  repondue: 'Répondu',
  'sans-objet': 'Sans objet',
};

export const CHECK_IN_MESSAGES = {
  recorded: 'Merci : votre réponse est enregistrée.',
  'not-due': 'Ce point d’étape n’est pas encore arrivé.',
  'already-left': 'Vous avez déjà indiqué avoir quitté cette commune : rien de plus n’est demandé.',
  superseded: 'Un point d’étape plus récent a déjà reçu votre réponse.',
} as const;

export function presentInstallations(
  installations: readonly ConfirmedInstallation[],
  communes: Pick<CommuneDirectory, 'details'>,
) {
  return installations.map((installation) => ({
    id: installation.conversationId,
    commune: communes.details(installation.communeCode)?.nom ?? installation.communeCode,
    confirmedAt: installation.confirmedAt,
    due: installation.due && { checkIn: installation.due.checkIn },
    leversId: `leviers-${installation.conversationId}`,
    levers: RETENTION_LEVERS.map((value) => ({ value, label: RETENTION_LEVER_LABELS[value] })),
    schedule: installation.schedule.map((status) => ({
      checkIn: status.checkIn,
      dueAt: status.dueAt,
      state: STATE_LABELS[status.state],
      answer: status.answer
        ? status.answer.stillPractising
          ? 'toujours en exercice'
          : `parti(e)${status.answer.failedLevers.length > 0 ? ` : ${status.answer.failedLevers.map((lever) => RETENTION_LEVER_LABELS[lever].toLowerCase()).join(', ')}` : ''}`
        : '',
    })),
  }));
}
