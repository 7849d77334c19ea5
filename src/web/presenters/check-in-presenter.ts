// A professional's confirmed installations and their check-ins as the page shows them.
import type { CheckInState } from '../../domain/retention/check-in-schedule';
import { RETENTION_LEVERS, RETENTION_LEVER_LABELS } from '../../domain/retention/retention-levers';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import type { ConfirmedInstallation } from '../../services/retention/check-ins';
import type { CheckInLinkOutcome, CheckInLinkTarget } from '../../services/retention/check-in-links';

export const INSTALLATIONS_PATH = '/professionnel/installations';

/** One installation on « Mes installations » (its check-in form is there). */
export const installationUrl = (id: string): string => `${INSTALLATIONS_PATH}#installation-${id}`;

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

/** The check-ins waiting for an answer, as the professional's home asks them (one link each). */
export function presentDueCheckIns(
  installations: readonly ConfirmedInstallation[],
  communes: Pick<CommuneDirectory, 'details'>,
) {
  return installations.flatMap((installation) => {
    if (!installation.due) return [];
    const commune = communes.details(installation.communeCode)?.nom ?? installation.communeCode;
    return [
      {
        href: installationUrl(installation.conversationId),
        question: `${String(installation.due.checkIn)} mois après votre installation : exercez-vous toujours à ${commune} ?`,
      },
    ];
  });
}

type Refusal = Extract<CheckInLinkTarget, { ok: false }>['reason'];

const REFUSALS: Record<Refusal, { status: number; title: string; message: string }> = {
  invalid: {
    status: 404,
    title: 'Lien invalide',
    message: 'Ce lien n’est pas valable : il est incomplet ou a été modifié.',
  },
  expired: {
    status: 410,
    title: 'Lien expiré',
    message: 'Ce lien de réponse en un clic a expiré.',
  },
  'not-found': {
    status: 404,
    title: 'Lien invalide',
    message: 'Ce lien ne correspond plus à une installation confirmée, ou le compte n’existe plus.',
  },
};

const isRefusal = (reason: string): reason is Refusal => reason in REFUSALS;

/** A page of the one-click link: its status, view and model. */
interface LinkPage {
  status: number;
  view: string;
  model: Record<string, unknown>;
}

const refusalPage = (reason: Refusal): LinkPage => {
  const { status, ...model } = REFUSALS[reason];
  return { status, view: 'check-in/link-invalid', model };
};

/** The confirmation page of a one-click link (a GET changes nothing: the button answers). */
export function presentCheckInLink(
  target: CheckInLinkTarget,
  token: string,
  communes: Pick<CommuneDirectory, 'details'>,
): LinkPage {
  if (!target.ok) return refusalPage(target.reason);
  const commune = communes.details(target.communeCode)?.nom ?? target.communeCode;
  return {
    status: 200,
    view: 'check-in/link-confirm',
    model: {
      title: `Exercez-vous toujours à ${commune} ?`,
      commune,
      checkIn: target.checkIn,
      action: `/point-d-etape/${token}`,
      leftUrl: installationUrl(target.conversationId),
    },
  };
}

/** After the button: thanks, why nothing changed, or why the link cannot answer. */
export function presentCheckInLinkAnswer(outcome: CheckInLinkOutcome): LinkPage {
  if (outcome.ok)
    return {
      status: 200,
      view: 'check-in/link-done',
      model: { title: 'Réponse enregistrée', type: 'success', message: CHECK_IN_MESSAGES.recorded },
    };
  if (isRefusal(outcome.reason)) return refusalPage(outcome.reason);
  return {
    status: 200,
    view: 'check-in/link-done',
    model: { title: 'Réponse non enregistrée', type: 'warning', message: CHECK_IN_MESSAGES[outcome.reason] },
  };
}
