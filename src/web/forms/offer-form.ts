// The offer form: common fields, then the fields of each type, with French messages and the
// checks of sense (ages min ≤ max, expiry after availability, rent ≥ 0, places ≥ 1…).
import { z } from 'zod';
import {
  AUDIENCES,
  CHILDCARE_STRUCTURES,
  CONTRACTS,
  HOUSING_KINDS,
  HOUSING_TENURES,
  JOB_SECTOR_CODES,
  type OfferType,
  PREMISES_KINDS,
  WORKING_TIMES,
} from '../../domain/offers/offer-vocabulary';
import { PROFESSIONS } from '../../domain/professions';
import { csrfField, revisionField } from './fields';

export const DESCRIPTION_MAX_LENGTH = 4000;

export const text = (label: string, max: number, min = 1) =>
  z
    .string({ error: `Saisissez ${label}.` })
    .trim()
    .min(min, { error: `Saisissez ${label}.` })
    .max(max, { error: `Saisissez au plus ${max} caractères.` });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Saisissez au plus ${max} caractères.` })
    .optional()
    .default('');

export const whole = (label: string, min: number, max: number) =>
  z
    .string({ error: `Indiquez ${label}.` })
    .trim()
    .min(1, { error: `Indiquez ${label}.` })
    .regex(/^\d+$/, { error: `Indiquez ${label} en chiffres, sans espace ni décimale.` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `${capitalise(label)} doit être au moins ${min}.` })
        .max(max, { error: `${capitalise(label)} doit être au plus ${max}.` }),
    );

export const amount = (label: string, max: number) =>
  z
    .string({ error: `Indiquez ${label}.` })
    .trim()
    .min(1, { error: `Indiquez ${label} (0 si gratuit).` })
    .regex(/^\d+([.,]\d{1,2})?$/, { error: `Indiquez ${label} en euros, par exemple 650 ou 650,50.` })
    .transform((value) => Number(value.replace(',', '.')))
    .pipe(z.number().max(max, { error: `Le montant semble trop élevé (au plus ${max} €).` }));

export const date = (label: string) =>
  z
    .string({ error: `Indiquez ${label}.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `Indiquez ${label} au format jj/mm/aaaa.` })
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .refine((value) => !Number.isNaN(value.getTime()), { error: `Cette date n’existe pas.` });

export const optionalDate = (label: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(date(label).optional());

export const checkbox = z
  .enum(['oui'])
  .optional()
  .transform((value) => value === 'oui');

/** Checkboxes sharing a name arrive as a string (one ticked) or an array (several). */
export const choices = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.enum(values, { error: message })).max(values.length));

export const choice = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

const commonFields = {
  _csrf: csrfField,
  revision: revisionField,
  title: text('un titre', 120, 5),
  description: text('une description', DESCRIPTION_MAX_LENGTH, 20),
  availableFrom: date('la date de disponibilité'),
  expiresAt: optionalDate('la date de fin'),
  audiences: choices(AUDIENCES, 'Public inconnu.').refine((list) => list.length > 0, {
    error: 'Cochez au moins un public.',
  }),
  professions: choices(PROFESSIONS, 'Profession inconnue.'),
  contactName: text('le nom de la personne à contacter', 100, 2),
  contactEmail: z
    .string()
    .trim()
    .max(254)
    .optional()
    .default('')
    .refine((value) => value === '' || z.email().safeParse(value).success, {
      error: 'Saisissez une adresse e-mail valide, par exemple mairie@exemple.fr.',
    }),
  contactPhone: z
    .string()
    .trim()
    .optional()
    .default('')
    .refine((value) => value === '' || /^\+?[0-9 .()-]{10,20}$/.test(value), {
      error: 'Saisissez un numéro de téléphone, par exemple 03 84 00 00 00.',
    }),
};

const detailFields = {
  logement: {
    housingKind: choice(HOUSING_KINDS, 'Indiquez le type de logement.'),
    tenure: choice(
      HOUSING_TENURES,
      'Indiquez s’il s’agit d’une location, d’une vente ou d’une mise à disposition.',
    ),
    rooms: whole('le nombre de pièces', 1, 20),
    surfaceM2: whole('la surface', 5, 1000),
    price: amount('le loyer mensuel ou le prix', 5_000_000),
    monthsFree: whole('le nombre de mois gratuits', 0, 60).optional(),
    furnished: checkbox,
    accessible: checkbox,
    shortStays: checkbox,
  },
  'garde-enfants': {
    structure: choice(CHILDCARE_STRUCTURES, 'Indiquez le type d’accueil.'),
    places: whole('le nombre de places', 1, 500),
    ageMinMonths: whole('l’âge minimum (en mois)', 0, 216),
    ageMaxMonths: whole('l’âge maximum (en mois)', 0, 216),
    openingHours: text('les horaires d’ouverture', 200),
    reservedPlaces: whole('le nombre de places réservées', 0, 500).optional(),
  },
  'emploi-conjoint': {
    sector: choice(JOB_SECTOR_CODES, 'Indiquez le secteur d’activité.'),
    jobTitle: text('l’intitulé du poste', 120, 2),
    contract: choice(CONTRACTS, 'Indiquez le type de contrat.'),
    workingTime: choice(WORKING_TIMES, 'Indiquez s’il s’agit d’un temps plein ou partiel.'),
    employer: optionalText(120),
  },
  'local-professionnel': {
    premisesKind: choice(PREMISES_KINDS, 'Indiquez le type de local.'),
    surfaceM2: whole('la surface', 5, 5000),
    rent: amount('le loyer mensuel', 100_000),
    equipment: optionalText(1000),
    sharedSecretariat: checkbox,
  },
  'aide-financiere': {
    amountEur: amount('le montant', 1_000_000),
    funder: text('le financeur', 120, 2),
    conditions: text('les conditions', 2000, 5),
    commitmentMonths: whole('la durée d’engagement (en mois)', 0, 120).optional(),
  },
  accueil: {
    welcomeDay: checkbox,
    referent: optionalText(200),
    transport: optionalText(1000),
    other: optionalText(2000),
  },
} as const;

/** Cross-field checks, each reported on the field to correct. */
function checkSense(form: Record<string, unknown>, context: z.RefinementCtx): void {
  const availableFrom = form.availableFrom as Date;
  const expiresAt = form.expiresAt as Date | undefined;
  if (expiresAt && expiresAt.getTime() <= availableFrom.getTime()) {
    context.addIssue({
      code: 'custom',
      path: ['expiresAt'],
      message: 'La date de fin doit suivre la date de disponibilité.',
    });
  }
  if (
    typeof form.ageMinMonths === 'number' &&
    typeof form.ageMaxMonths === 'number' &&
    form.ageMinMonths > form.ageMaxMonths
  ) {
    context.addIssue({
      code: 'custom',
      path: ['ageMaxMonths'],
      message: 'L’âge maximum doit être supérieur ou égal à l’âge minimum.',
    });
  }
  if (
    typeof form.reservedPlaces === 'number' &&
    typeof form.places === 'number' &&
    form.reservedPlaces > form.places
  ) {
    context.addIssue({
      code: 'custom',
      path: ['reservedPlaces'],
      message: 'Les places réservées ne peuvent dépasser le nombre de places.',
    });
  }
  if (form.tenure === 'mise-a-disposition' && typeof form.price === 'number' && form.price > 0) {
    context.addIssue({
      code: 'custom',
      path: ['price'],
      message: 'Une mise à disposition gratuite a un loyer de 0 €.',
    });
  }
}

/** A parsed offer form: the common fields typed, the type's own fields as parsed values. */
export type ParsedOfferForm = z.infer<z.ZodObject<typeof commonFields>> & Record<string, unknown>;

const schemas = Object.fromEntries(
  Object.entries(detailFields).map(([type, fields]) => [
    type,
    z.strictObject({ ...commonFields, ...fields }).superRefine((form, context) => checkSense(form, context)),
  ]),
) as unknown as Record<OfferType, z.ZodType<ParsedOfferForm>>;

export function offerFormSchema(type: OfferType) {
  return schemas[type];
}

/** The fields of a type's details, in form order (to copy them out of a parsed form). */
export const DETAIL_FIELD_NAMES: Record<OfferType, string[]> = Object.fromEntries(
  Object.entries(detailFields).map(([type, fields]) => [type, Object.keys(fields)]),
) as Record<OfferType, string[]>;

function capitalise(label: string): string {
  const word = label.replace(/^(le |la |l’|les )/, '');
  return word.charAt(0).toUpperCase() + word.slice(1);
}
