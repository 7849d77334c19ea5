// The sign-up form of a role as the page shows it: its title, what was typed (never the passwords)
// and the lists of commune functions, partner types and territories.
import { COMMUNE_FUNCTION_LABELS, PARTNER_TYPE_LABELS } from '../../domain/accounts/roles';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { SignUpRole } from '../forms/sign-up-form';
import type { FieldErrors } from '../validation';
import { partnerTerritoryChoices } from './account-presenter';
import { optionsOf } from './choices';

const TITLES: Record<SignUpRole, string> = {
  professionnel: 'Créer un compte professionnel de santé',
  commune: 'Créer un compte pour une commune',
  partenaire: 'Créer un compte partenaire',
};

/** `submitted`: the body of a refused form (its passwords and CSRF token are not shown again). */
export function presentSignUpForm(
  role: SignUpRole,
  gazetteer: Pick<Gazetteer, 'regions' | 'departements'>,
  submitted: Record<string, unknown> = {},
  errors?: FieldErrors,
) {
  const { password: _p, passwordConfirmation: _c, _csrf, ...values } = submitted;
  return {
    title: TITLES[role],
    role,
    useCommuneAutocomplete: role === 'commune',
    values,
    errors,
    functions: optionsOf(COMMUNE_FUNCTION_LABELS),
    partnerTypes: optionsOf(PARTNER_TYPE_LABELS),
    territories: partnerTerritoryChoices(gazetteer),
  };
}
