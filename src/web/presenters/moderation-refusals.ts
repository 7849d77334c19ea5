// Why a moderator's decision was not applied, as the account page shows it.
import type { ModerationRefusal } from '../../services/accounts/moderation';
import type { FieldRefusal } from './refusal';

export const MODERATION_REFUSALS: Record<ModerationRefusal, FieldRefusal> = {
  'reason-required': {
    status: 400,
    field: 'reason',
    message: 'Indiquez la raison : elle sera envoyée à la personne.',
  },
  'not-found': { status: 400, field: 'action', message: 'Compte introuvable.' },
  'own-account': { status: 400, field: 'action', message: 'Vous ne pouvez pas modérer votre propre compte.' },
  'not-applicable': {
    status: 400,
    field: 'action',
    message: 'Cette décision ne s’applique pas à un compte dans cet état.',
  },
  conflict: { status: 409, field: 'action', message: 'Le compte a changé entre-temps : rechargez la page.' },
};
