// "Mon compte" as its holder sees it: who, in which state (with what it means for them), and what
// they declared.
import {
  type AccountStatus,
  COMMUNE_FUNCTION_LABELS,
  PARTNER_TYPE_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
} from '../../domain/accounts/roles';
import type { AccountUser } from '../../services/accounts/account-user';
import { type AccountPlaces, partnerTerritoryLabel } from './account-presenter';

const STATUS_EXPLANATIONS: Partial<Record<AccountStatus, string>> = {
  'en-attente':
    'Votre compte est en attente de validation par un modérateur. Vous recevrez un e-mail dès sa décision ; d’ici là vous pouvez préparer votre espace.',
  rejete: 'Un modérateur n’a pas validé votre compte : l’e-mail qu’il vous a envoyé en donne la raison.',
};

export function presentOwnAccount(user: AccountUser, { communes, gazetteer }: AccountPlaces) {
  const commune = user.commune && communes.details(user.commune.code);
  return {
    name: user.name,
    email: user.email,
    roleLabel: ROLE_LABELS[user.role],
    statusLabel: STATUS_LABELS[user.status],
    statusExplanation: STATUS_EXPLANATIONS[user.status],
    active: user.status === 'actif',
    commune: user.commune && {
      code: user.commune.code,
      label: commune ? `${commune.nom} (${commune.departement.code})` : user.commune.code,
      fonctionLabel: COMMUNE_FUNCTION_LABELS[user.commune.fonction],
    },
    partner: user.partner && {
      organisation: user.partner.nom,
      typeLabel: PARTNER_TYPE_LABELS[user.partner.type],
      territoryLabel: partnerTerritoryLabel(gazetteer, user.partner.territoire),
    },
  };
}
