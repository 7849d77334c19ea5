// The sign-up form of each public role, parsed, with what it names resolved: the commune typed in
// full (or its INSEE code), the partner's territory chosen in the list.
import type { z } from 'zod';
import { NATIONAL_TERRITORY_CODE, type Role, type TerritoryLevel } from '../../domain/accounts/roles';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { SignUpInput } from '../../services/accounts/registration';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import { type FieldErrors, parseInput } from '../validation';
import { communeSignUpForm, partnerSignUpForm, professionalSignUpForm } from './account-forms';

const SIGN_UP_ROLES = ['professionnel', 'commune', 'partenaire'] as const satisfies readonly Role[];
export type SignUpRole = (typeof SIGN_UP_ROLES)[number];

/** The role of a sign-up URL (/inscription/:role), if it is one. */
export const signUpRoleParam = (value: string): SignUpRole | undefined =>
  SIGN_UP_ROLES.find((role) => role === value);

/** Where the names typed in the form are looked up. */
export interface SignUpPlaces {
  communes: Pick<CommuneDirectory, 'resolve'>;
  gazetteer: Pick<Gazetteer, 'region' | 'departement'>;
}

/** Validates the form of a role and resolves what it names (commune, territory). */
export function toSignUpInput(
  role: SignUpRole,
  body: unknown,
  { communes, gazetteer }: SignUpPlaces,
): { value: SignUpInput } | { errors: FieldErrors } {
  if (role === 'professionnel') {
    const parsed = parseInput(professionalSignUpForm, body);
    return parsed.ok ? { value: { role, ...common(parsed.value) } } : { errors: parsed.errors };
  }
  if (role === 'commune') {
    const parsed = parseInput(communeSignUpForm, body);
    const text =
      typeof (body as { commune?: unknown })?.commune === 'string'
        ? (body as { commune: string }).commune
        : '';
    const resolved = text.trim() ? communes.resolve(text) : undefined;
    const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
    if (resolved && 'candidates' in resolved) {
      errors.commune ??= resolved.candidates.length
        ? `Précisez la commune, par exemple : ${resolved.candidates.map((c) => `${c.nom} (${c.departementCode})`).join(', ')}.`
        : 'Aucune commune ne porte ce nom : vérifiez l’orthographe ou saisissez le code INSEE.';
    }
    if (!parsed.ok || !resolved || !('commune' in resolved)) return { errors };
    return {
      value: {
        role,
        ...common(parsed.value),
        communeCode: resolved.commune.code,
        fonction: parsed.value.fonction,
      },
    };
  }
  const parsed = parseInput(partnerSignUpForm, body);
  if (!parsed.ok) return { errors: parsed.errors };
  const [level, territoryCode = ''] = parsed.value.territory.split('-') as [TerritoryLevel, string];
  // A national organisation is validated by a moderator like any other (the form only allows FR).
  const known =
    level === 'national'
      ? territoryCode === NATIONAL_TERRITORY_CODE
      : level === 'region'
        ? gazetteer.region(territoryCode)
        : gazetteer.departement(territoryCode);
  if (!known) return { errors: { territory: 'Choisissez le territoire dans la liste.' } };
  return {
    value: {
      role,
      ...common(parsed.value),
      partnerType: parsed.value.partnerType,
      organisation: parsed.value.organisation,
      territoryLevel: level,
      territoryCode,
    },
  };
}

const common = (form: z.infer<typeof professionalSignUpForm>) => ({
  name: form.name,
  email: form.email,
  password: form.password,
});
