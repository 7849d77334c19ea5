// The installation project form: where (communes, départements, régions or a commune and a radius),
// when, the household, the housing and premises sought and the importance of each criterion. Flat
// fields as a browser sends them; the parsed form has the project's shape, communes still as typed
// (the route resolves them with the commune directory, see resolveProjectCommunes).
import { z } from 'zod';
import {
  CRITERIA,
  type Child,
  type Criterion,
  IMPORTANCES,
  type Importance,
  type HousingWish,
  type PartnerWish,
  type PremisesWish,
  type YearMonth,
} from '../../domain/matching/types';
import { CONTRACTS, JOB_SECTOR_CODES, PREMISES_KINDS } from '../../domain/offers/offer-vocabulary';
import { csrfField, revisionField } from './fields';

export const NAME_MAX_LENGTH = 80;
export const MAX_COMMUNES = 30;
export const MAX_CHILDREN = 6;
export const START_YEARS = { min: 2025, max: 2035 } as const;
export const RADIUS_KM = { min: 1, max: 200 } as const;
export const ROOMS = { min: 1, max: 10 } as const;
export const HOUSING_CHOICES = ['aucun', 'location', 'achat', 'indifferent'] as const;
export const FURNISHED_CHOICES = ['indifferent', 'oui', 'non'] as const;

/** Form field of a criterion's importance, e.g. "importanceSpouseJob". */
export const importanceField = (criterion: Criterion): string =>
  `importance${criterion.charAt(0).toUpperCase()}${criterion.slice(1)}`;

/** Form fields of the n-th child row (1-based). */
export const childFields = (row: number) => ({ month: `child${row}Month`, year: `child${row}Year` });

/** The importance of each criterion when the form does not say (sensible for most people). */
export function defaultImportance(household: { children: number; partner: boolean }) {
  return {
    housing: 'important',
    childcare: household.children > 0 ? 'important' : 'sans-objet',
    spouseJob: household.partner ? 'important' : 'sans-objet',
    premises: 'souhaitable',
    aid: 'souhaitable',
    need: 'souhaitable',
    distance: 'souhaitable',
  } satisfies Record<Criterion, Importance>;
}

export interface ParsedProjectForm {
  revision?: number;
  name: string;
  /** As typed, one per line (labels such as "Dole (39)" or INSEE codes), before resolution. */
  communes: string[];
  departements: string[];
  regions: string[];
  around: { commune: string; radiusKm: number } | null;
  start: YearMonth;
  partner: PartnerWish | null;
  children: Child[];
  housing: HousingWish | null;
  premises: PremisesWish | null;
  importance: Record<Criterion, Importance>;
}

const whole = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, { error: `Indiquez ${label} en chiffres, sans espace ni décimale.` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `Indiquez ${label} entre ${min} et ${max}.` })
        .max(max, { error: `Indiquez ${label} entre ${min} et ${max}.` }),
    )
    .optional();

/** Checkboxes sharing a name arrive as a string (one ticked) or an array (several). */
const list = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    // One message on the group (not on "group.3"), so that it shows next to the checkboxes.
    .refine((list) => list.length <= values.length && list.every((item) => values.includes(item)), {
      error: message,
    })
    .transform((list) => list as T[number][]);

const month = (message: string) =>
  z
    .string()
    .regex(/^(?:[1-9]|1[0-2])$/, { error: message })
    .transform(Number)
    .optional();

const childRowFields = Object.fromEntries(
  Array.from({ length: MAX_CHILDREN }, (_, index) => {
    const names = childFields(index + 1);
    return [
      [names.month, month('Choisissez le mois de naissance dans la liste.')],
      [names.year, whole('l’année de naissance', 1990, 2100)],
    ];
  }).flat(),
) as Record<string, z.ZodType<number | undefined>>;

const importanceFields = Object.fromEntries(
  CRITERIA.map((criterion) => [
    importanceField(criterion),
    z.enum(IMPORTANCES, { error: 'Choisissez une importance dans la liste.' }).optional(),
  ]),
) as Record<string, z.ZodType<Importance | undefined>>;

const monthIndex = (at: YearMonth) => at.year * 12 + (at.month - 1);

/**
 * The schema of the form, given the known départements and régions (codes) and today (a child
 * cannot be born in the future).
 */
export function projectFormSchema(places: { departements: string[]; regions: string[] }, now = new Date()) {
  const departementCodes = (places.departements.length ? places.departements : ['-']) as [
    string,
    ...string[],
  ];
  const regionCodes = (places.regions.length ? places.regions : ['-']) as [string, ...string[]];
  const thisMonth = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };

  return z
    .strictObject({
      _csrf: csrfField,
      revision: revisionField,
      name: z
        .string({ error: 'Donnez un nom à votre projet.' })
        .trim()
        .min(2, { error: 'Donnez un nom à votre projet, par exemple « Installation dans le Jura ».' })
        .max(NAME_MAX_LENGTH, { error: `Saisissez au plus ${NAME_MAX_LENGTH} caractères.` }),
      communes: z
        .string()
        .max(4000, { error: 'La liste des communes est trop longue.' })
        .optional()
        .transform((value) =>
          (value ?? '')
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== ''),
        )
        .pipe(
          z
            .array(z.string().max(120, { error: 'Une ligne est trop longue : une commune par ligne.' }))
            .max(MAX_COMMUNES, { error: `Indiquez au plus ${MAX_COMMUNES} communes.` }),
        ),
      departements: list(departementCodes, 'Département inconnu : cochez-le dans la liste.'),
      regions: list(regionCodes, 'Région inconnue : cochez-la dans la liste.'),
      aroundCommune: z.string().trim().max(120, { error: 'Saisissez au plus 120 caractères.' }).optional(),
      aroundRadius: whole('le rayon (en km)', RADIUS_KM.min, RADIUS_KM.max),
      startMonth: z
        .string({ error: 'Choisissez le mois de début.' })
        .regex(/^(?:[1-9]|1[0-2])$/, { error: 'Choisissez le mois de début dans la liste.' })
        .transform(Number),
      startYear: z
        .string({ error: 'Indiquez l’année de début.' })
        .trim()
        .regex(/^\d{4}$/, { error: 'Indiquez l’année de début sur 4 chiffres, par exemple 2027.' })
        .transform(Number)
        .pipe(
          z
            .number()
            .min(START_YEARS.min, {
              error: `Indiquez une année entre ${START_YEARS.min} et ${START_YEARS.max}.`,
            })
            .max(START_YEARS.max, {
              error: `Indiquez une année entre ${START_YEARS.min} et ${START_YEARS.max}.`,
            }),
        ),
      partner: z.enum(['oui', 'non'], { error: 'Indiquez si vous venez en couple.' }).optional(),
      partnerSectors: list(JOB_SECTOR_CODES, 'Secteur inconnu : cochez-le dans la liste.'),
      partnerContracts: list(CONTRACTS, 'Contrat inconnu : cochez-le dans la liste.'),
      ...childRowFields,
      housing: z
        .enum(HOUSING_CHOICES, { error: 'Choisissez le logement recherché dans la liste.' })
        .optional(),
      housingRooms: whole('le nombre de pièces', ROOMS.min, ROOMS.max),
      housingBudget: z
        .string()
        .trim()
        .regex(/^\d+$/, {
          error: 'Indiquez le budget en euros, en chiffres, sans espace ni signe (par exemple 800).',
        })
        .transform(Number)
        .pipe(z.number().max(10_000_000, { error: 'Le budget semble trop élevé.' }))
        .optional(),
      housingFurnished: z
        .enum(FURNISHED_CHOICES, { error: 'Choisissez « oui », « non » ou « indifférent ».' })
        .optional(),
      premises: z.enum(['oui', 'non'], { error: 'Indiquez si vous cherchez un local.' }).optional(),
      premisesKinds: list(PREMISES_KINDS, 'Type de local inconnu : cochez-le dans la liste.'),
      ...importanceFields,
    })
    .superRefine((raw, context) => {
      const form = raw as Record<string, unknown>;
      const issue = (path: string, message: string) =>
        context.addIssue({ code: 'custom', path: [path], message });
      if (form.aroundCommune && form.aroundRadius === undefined)
        issue(
          'aroundRadius',
          `Indiquez le rayon autour de la commune, entre ${RADIUS_KM.min} et ${RADIUS_KM.max} km.`,
        );
      if (!form.aroundCommune && form.aroundRadius !== undefined)
        issue('aroundCommune', 'Indiquez la commune autour de laquelle chercher.');
      const hasPlace =
        (form.communes as string[]).length > 0 ||
        (form.departements as string[]).length > 0 ||
        (form.regions as string[]).length > 0 ||
        Boolean(form.aroundCommune);
      if (!hasPlace)
        issue(
          'places',
          'Indiquez au moins un lieu : une commune, un département, une région, ou une commune et un rayon.',
        );
      const start = { year: form.startYear as number, month: form.startMonth as number };
      for (let row = 1; row <= MAX_CHILDREN; row += 1) {
        const names = childFields(row);
        const birthMonth = form[names.month] as number | undefined;
        const birthYear = form[names.year] as number | undefined;
        if (birthMonth === undefined && birthYear === undefined) continue;
        if (birthMonth === undefined) {
          issue(names.month, `Enfant ${row} : choisissez le mois de naissance.`);
          continue;
        }
        if (birthYear === undefined) {
          issue(names.year, `Enfant ${row} : indiquez l’année de naissance.`);
          continue;
        }
        const birth = monthIndex({ year: birthYear, month: birthMonth });
        if (typeof start.year === 'number' && typeof start.month === 'number') {
          if (birth > monthIndex(start)) {
            issue(names.year, `Enfant ${row} : la naissance ne peut pas suivre le début du projet.`);
            continue;
          }
          if (monthIndex(start) - birth > 18 * 12) {
            issue(
              names.year,
              `Enfant ${row} : seuls les enfants de moins de 18 ans au début du projet comptent.`,
            );
            continue;
          }
        }
        if (birth > monthIndex(thisMonth))
          issue(names.year, `Enfant ${row} : la date de naissance ne peut pas être dans le futur.`);
      }
    })
    .transform((raw): ParsedProjectForm => {
      const form = raw as Record<string, unknown>;
      const children: Child[] = [];
      for (let row = 1; row <= MAX_CHILDREN; row += 1) {
        const names = childFields(row);
        const birthMonth = form[names.month] as number | undefined;
        const birthYear = form[names.year] as number | undefined;
        if (birthMonth !== undefined && birthYear !== undefined) children.push({ birthYear, birthMonth });
      }
      const partner: PartnerWish | null =
        raw.partner === 'oui' ? { sectors: raw.partnerSectors, contracts: raw.partnerContracts } : null;
      const housing: HousingWish | null =
        raw.housing === undefined || raw.housing === 'aucun'
          ? null
          : {
              tenure: raw.housing,
              roomsMin: (form.housingRooms as number | undefined) ?? ROOMS.min,
              budgetMax: raw.housingBudget ?? null,
              furnished:
                raw.housingFurnished === 'oui' ? true : raw.housingFurnished === 'non' ? false : null,
            };
      const defaults = defaultImportance({ children: children.length, partner: partner !== null });
      const importance = Object.fromEntries(
        CRITERIA.map((criterion) => [
          criterion,
          (form[importanceField(criterion)] as Importance | undefined) ?? defaults[criterion],
        ]),
      ) as Record<Criterion, Importance>;
      return {
        revision: raw.revision,
        name: raw.name,
        communes: raw.communes,
        departements: raw.departements,
        regions: raw.regions,
        around: raw.aroundCommune
          ? { commune: raw.aroundCommune, radiusKm: (form.aroundRadius as number | undefined) ?? 0 }
          : null,
        start: { year: raw.startYear, month: raw.startMonth },
        partner,
        children,
        housing,
        premises: raw.premises === 'oui' ? { kinds: raw.premisesKinds } : null,
        importance,
      };
    });
}

type Resolve = (
  text: string,
) => { commune: { code: string } } | { candidates: { nom: string; departementCode: string }[] };

/**
 * The parsed form with its communes as INSEE codes, or the errors naming each line that is not one
 * commune (unknown, or ambiguous: then the candidates are suggested).
 */
export function resolveProjectCommunes(
  parsed: ParsedProjectForm,
  resolve: Resolve,
): { ok: true; value: ParsedProjectForm } | { ok: false; errors: Record<string, string> } {
  const problems: string[] = [];
  const codes: string[] = [];
  const explain = (text: string, candidates: { nom: string; departementCode: string }[]) =>
    candidates.length
      ? `« ${text} » : précisez la commune, par exemple ${candidates
          .map((c) => `${c.nom} (${c.departementCode})`)
          .join(', ')}.`
      : `« ${text} » : commune inconnue.`;
  parsed.communes.forEach((text, index) => {
    const found = resolve(text);
    if ('commune' in found) {
      if (!codes.includes(found.commune.code)) codes.push(found.commune.code);
    } else problems.push(`Ligne ${index + 1}, ${explain(text, found.candidates)}`);
  });
  const errors: Record<string, string> = {};
  if (problems.length) errors.communes = problems.join(' ');
  let around = parsed.around;
  if (around) {
    const found = resolve(around.commune);
    if ('commune' in found) around = { ...around, commune: found.commune.code };
    else errors.aroundCommune = explain(around.commune, found.candidates);
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { ...parsed, communes: codes, around } };
}
