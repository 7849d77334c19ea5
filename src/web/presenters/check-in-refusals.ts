// Why a one-click check-in link cannot be used, as its page says it: the status, the page's title
// and the words.
import type { CheckInLinkTarget } from '../../services/retention/check-in-links';
import type { Refusal } from './refusal';

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
