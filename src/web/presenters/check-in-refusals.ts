// Why a check-in answer was not recorded, or a one-click check-in link cannot be used, as the
// pages say it.
import type { CheckInLinkTarget } from '../../services/retention/check-in-links';
import type { CheckInOutcome } from '../../services/retention/check-ins';
import type { FlashRefusal, Refusal } from './refusal';

/** The answer's form of « Mes installations » cannot be read (tampered, or from an older page). */
export const UNREADABLE_CHECK_IN_ANSWER: Refusal = {
  status: 400,
  message: 'Votre réponse n’a pas pu être lue : rechargez la page et recommencez.',
};

/** An answer not recorded for its check-in (the installation exists): nothing was changed. */
export type CheckInAnswerRefusal = Exclude<Extract<CheckInOutcome, { ok: false }>['reason'], 'not-found'>;

const warning = (message: string): FlashRefusal => ({ flash: { type: 'warning', message } });

export const CHECK_IN_ANSWER_REFUSALS: Record<CheckInAnswerRefusal, FlashRefusal> = {
  'not-due': warning('Ce point d’étape n’est pas encore arrivé.'),
  'already-left': warning('Vous avez déjà indiqué avoir quitté cette commune : rien de plus n’est demandé.'),
  superseded: warning('Un point d’étape plus récent a déjà reçu votre réponse.'),
};

/** Why a one-click link cannot be used, as its page says it: the status, the page's title, the words. */

export type CheckInLinkRefusal = Extract<CheckInLinkTarget, { ok: false }>['reason'];

export const CHECK_IN_LINK_REFUSALS: Record<CheckInLinkRefusal, Refusal & { title: string }> = {
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
