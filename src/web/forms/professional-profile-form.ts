// The professional's profile form: profession (and specialty for specialists), RPPS, practice mode,
// status, and whether communes may see their projects anonymously (off unless ticked).
import { z } from 'zod';
import {
  PRACTICE_MODES,
  RPPS_PATTERN,
  type PracticeMode,
} from '../../domain/professionals/professional-profile';
import { PROJECT_STATUSES } from '../../domain/matching/types';
import { PROFESSIONS } from '../../domain/professions';
import type { ProfessionalProfileInput } from '../../services/projects/professional-profiles';
import { csrfField } from './fields';

export const SPECIALTY_MAX_LENGTH = 100;

export const professionalProfileForm = z
  .strictObject({
    _csrf: csrfField,
    profession: z.enum(PROFESSIONS, { error: 'Choisissez votre profession dans la liste.' }),
    specialty: z
      .string()
      .trim()
      .max(SPECIALTY_MAX_LENGTH, { error: `Saisissez au plus ${SPECIALTY_MAX_LENGTH} caractères.` })
      .optional()
      .default(''),
    rpps: z
      .string()
      .trim()
      .optional()
      .default('')
      .refine((value) => value === '' || RPPS_PATTERN.test(value), {
        error: 'Le numéro RPPS compte exactement 11 chiffres, sans espace.',
      }),
    practiceMode: z.enum(PRACTICE_MODES, {
      error: 'Indiquez votre mode d’exercice : libéral, salarié ou mixte.',
    }),
    status: z.enum(PROJECT_STATUSES, { error: 'Indiquez votre situation.' }),
    shareAnonymised: z
      .enum(['oui'])
      .optional()
      .transform((value) => value === 'oui'),
  })
  .superRefine((form, context) => {
    if (form.profession === 'medecin-specialiste' && form.specialty === '') {
      context.addIssue({
        code: 'custom',
        path: ['specialty'],
        message: 'Indiquez votre spécialité (par exemple : pédiatrie, cardiologie).',
      });
    }
  });

export type ParsedProfessionalProfile = z.infer<typeof professionalProfileForm>;

/** The stored profile from a parsed form (the specialty is kept for specialists only). */
export function toProfileInput(parsed: ParsedProfessionalProfile): ProfessionalProfileInput {
  return {
    profession: parsed.profession,
    specialty: parsed.profession === 'medecin-specialiste' ? parsed.specialty : '',
    rpps: parsed.rpps,
    practiceMode: parsed.practiceMode satisfies PracticeMode,
    status: parsed.status,
    shareAnonymised: parsed.shareAnonymised,
  };
}

/** The form values that show a stored profile (none yet: nothing ticked, nothing chosen). */
export function toProfileFormValues(
  profile: ProfessionalProfileInput | null,
): Record<string, string | string[]> {
  if (!profile) return {};
  const values: Record<string, string> = {
    profession: profile.profession,
    specialty: profile.specialty,
    rpps: profile.rpps,
    practiceMode: profile.practiceMode,
    status: profile.status,
    shareAnonymised: profile.shareAnonymised ? 'oui' : '',
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
}
