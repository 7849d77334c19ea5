// What the page says once a verification link is opened: the flash message of a confirmation; a
// link that cannot be used is told by its refusal (account-refusals.ts).
import type { EmailConfirmation } from '../../services/accounts/registration';
import { type EmailLinkRefusal, LINK_REFUSALS } from './account-refusals';

type Confirmed = Exclude<EmailConfirmation, { status: EmailLinkRefusal }>;
type Refused = Exclude<EmailConfirmation, Confirmed>;

export const isRefusedLink = (result: EmailConfirmation): result is Refused => result.status in LINK_REFUSALS;

/** The flash message of a confirmed address. */
export function confirmationMessage(result: Confirmed): string {
  if (result.status === 'address-changed') return 'Votre nouvelle adresse e-mail est enregistrée.';
  return result.awaitingModeration
    ? 'Votre adresse e-mail est confirmée. Un modérateur va vérifier que vous agissez bien pour votre organisation ; vous recevrez un e-mail dès sa décision. En attendant, vous pouvez vous connecter et préparer votre espace.'
    : 'Votre adresse e-mail est confirmée. Vous pouvez vous connecter.';
}
