// The commune's presentation, edited by its staff: every field is optional (a commune fills in what
// it wants), with the maximum lengths the public page is laid out for.
import { z } from 'zod';
import type { CommuneProfile, CommuneProfileInput } from '../../services/offers/commune-profiles';
import { csrfField, optionalText } from './fields';

export const PROFILE_LIMITS = {
  presentation: 4000,
  strength: 1000,
  healthNeed: 2000,
} as const;

export const communeProfileForm = z.strictObject({
  _csrf: csrfField,
  revision: z
    .string({ error: 'Le formulaire est incomplet : rechargez la page.' })
    .regex(/^\d{1,9}$/, { error: 'Le formulaire est incomplet : rechargez la page.' })
    .transform(Number),
  presentation: optionalText(PROFILE_LIMITS.presentation),
  schools: optionalText(PROFILE_LIMITS.strength),
  transport: optionalText(PROFILE_LIMITS.strength),
  shops: optionalText(PROFILE_LIMITS.strength),
  culture: optionalText(PROFILE_LIMITS.strength),
  healthNeed: optionalText(PROFILE_LIMITS.healthNeed),
  contactName: optionalText(100),
  contactEmail: optionalText(254).refine((value) => value === '' || z.email().safeParse(value).success, {
    error: 'Saisissez une adresse e-mail valide, par exemple mairie@exemple.fr.',
  }),
  contactPhone: optionalText(20).refine((value) => value === '' || /^\+?[0-9 .()-]{10,20}$/.test(value), {
    error: 'Saisissez un numéro de téléphone, par exemple 03 84 00 00 00.',
  }),
});

export type CommuneProfileForm = z.infer<typeof communeProfileForm>;

export function toProfileInput(form: CommuneProfileForm): CommuneProfileInput {
  return {
    presentation: form.presentation,
    strengths: {
      schools: form.schools,
      transport: form.transport,
      shops: form.shops,
      culture: form.culture,
    },
    healthNeed: form.healthNeed,
    contact: { name: form.contactName, email: form.contactEmail, phone: form.contactPhone },
  };
}

/** The flat form values that show a stored profile, with the revision it was read at. */
export function toProfileFormValues(profile: CommuneProfile): Record<string, string> {
  return {
    revision: String(profile.revision),
    presentation: profile.presentation,
    schools: profile.strengths.schools,
    transport: profile.strengths.transport,
    shops: profile.strengths.shops,
    culture: profile.strengths.culture,
    healthNeed: profile.healthNeed,
    contactName: profile.contact.name,
    contactEmail: profile.contact.email,
    contactPhone: profile.contact.phone,
  };
}
