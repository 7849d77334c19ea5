// What the page says once a verification link is opened: the flash message of a confirmation, or
// the page of a link that cannot be used.
import type { EmailConfirmation } from '../../services/accounts/registration';
import type { Refusal } from './refusal';

type Confirmed = Exclude<EmailConfirmation, { status: 'invalid' | 'address-taken' }>;
type Refused = Exclude<EmailConfirmation, Confirmed>;

export const LINK_REFUSALS: Record<Refused['status'], Refusal> = {
  invalid: {
    status: 400,
    message: 'Ce lien de confirmation n’est plus valable : il a peut-être déjà servi ou a expiré.',
  },
  'address-taken': { status: 400, message: 'Cette adresse e-mail est déjà utilisée par un autre compte.' },
};

export const isRefusedLink = (result: EmailConfirmation): result is Refused => result.status in LINK_REFUSALS;

/** The flash message of a confirmed address. */
export function confirmationMessage(result: Confirmed): string {
  if (result.status === 'address-changed') return 'Votre nouvelle adresse e-mail est enregistrée.';
  return result.awaitingModeration
    ? 'Votre adresse e-mail est confirmée. Un modérateur va vérifier que vous agissez bien pour votre organisation ; vous recevrez un e-mail dès sa décision. En attendant, vous pouvez vous connecter et préparer votre espace.'
    : 'Votre adresse e-mail est confirmée. Vous pouvez vous connecter.';
}
