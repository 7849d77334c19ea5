// The scheme form of partners and moderators: one flat form (amount, commitment, eligibility, area,
// validity), checked for sense field by field, then turned into the service's SchemeInput.
import { z } from 'zod';
import { PROJECT_STATUSES } from '../../domain/matching/types';
import { PROFESSIONS } from '../../domain/professions';
import { instalmentsAddUp } from '../../domain/schemes/aid-value';
import {
  COMMITMENT_PLACES,
  GRANTOR_KIND_LABELS,
  type GrantorKind,
  type Instalment,
  type SchemeAmount,
  type Territory,
} from '../../domain/schemes/scheme';
import { ZONES } from '../../domain/zoning/zones';
import type { SchemeInput } from '../../services/schemes/scheme-view';
import { csrfField, optionalText, revisionField } from './fields';
import { amount, checkbox, choice, choices, optionalDate, text, whole } from './offer-form';

export const AMOUNT_KINDS = ['non-publie', 'fixe', 'plafond', 'mensuel'] as const;
const GRANTOR_KINDS = Object.keys(GRANTOR_KIND_LABELS) as [GrantorKind, ...GrantorKind[]];

/** "national", "region:27" or "departement:39". */
const TERRITORY = /^(national|region:\d{2}|departement:(\d{2,3}|2[AB]))$/;

/** Codes typed one after the other, separated by commas, semicolons or spaces. */
const codeList = (pattern: RegExp, message: string) =>
  z
    .string()
    .optional()
    .transform((value) => [...new Set((value ?? '').split(/[\s,;]+/).filter((code) => code !== ''))])
    .refine((codes) => codes.length <= 500 && codes.every((code) => pattern.test(code.toUpperCase())), {
      error: message,
    })
    .transform((codes) => codes.map((code) => code.toUpperCase()));

/** "0:14250; 12:14250; 24:3000": month from the signature, then the sum paid. */
const instalmentList = z
  .string()
  .optional()
  .transform((value) => (value ?? '').trim())
  .refine(
    (value) => value === '' || /^\d{1,3}\s*:\s*\d{1,7}(\s*;\s*\d{1,3}\s*:\s*\d{1,7})*\s*;?$/.test(value),
    {
      error:
        'Indiquez chaque versement comme « mois : montant », séparés par des points-virgules, par exemple 0:14250; 12:14250.',
    },
  )
  .transform((value): Instalment[] =>
    value === ''
      ? []
      : value
          .split(';')
          .filter((part) => part.trim() !== '')
          .map((part) => {
            const [month, eur] = part.split(':').map((piece) => Number(piece.trim()));
            return { atMonth: month ?? 0, eur: eur ?? 0 };
          }),
  );

export const schemeFormSchema = z
  .strictObject({
    _csrf: csrfField,
    revision: revisionField,
    title: text('un titre', 160, 5),
    summary: text('une présentation', 2000, 20),
    grantorName: text('le nom de l’organisme qui accorde l’aide', 120, 2),
    grantorKind: choice(GRANTOR_KINDS, 'Indiquez le type d’organisme.'),
    amountKind: choice(AMOUNT_KINDS, 'Indiquez comment le montant est exprimé.'),
    amountEur: amount('le montant', 1_000_000).optional(),
    instalments: instalmentList,
    eurPerMonth: amount('le montant mensuel', 100_000).optional(),
    amountMonths: whole('le nombre de mois', 1, 240).optional(),
    commitmentMonths: whole('la durée d’engagement (en mois)', 1, 240).optional(),
    commitmentAtLeast: checkbox,
    commitmentPlace: choice(COMMITMENT_PLACES, 'Indiquez où s’exerce l’engagement.').optional(),
    commitmentZones: choices(ZONES, 'Zone inconnue.'),
    professions: choices(PROFESSIONS, 'Profession inconnue.'),
    statuses: choices(PROJECT_STATUSES, 'Situation inconnue.').refine((list) => list.length > 0, {
      error: 'Cochez au moins une situation.',
    }),
    conditions: optionalText(2000),
    territory: z
      .string({ error: 'Choisissez le territoire du dispositif.' })
      .regex(TERRITORY, { error: 'Choisissez le territoire du dispositif dans la liste.' }),
    departements: codeList(
      /^(\d{2,3}|2[AB])$/,
      'Indiquez des codes de département, par exemple 21, 39 (séparés par des virgules).',
    ),
    communes: codeList(
      /^(\d{5}|2[AB]\d{3})$/,
      'Indiquez des codes INSEE de commune à 5 caractères, par exemple 39198 (séparés par des virgules).',
    ),
    zones: choices(ZONES, 'Zone inconnue.'),
    validFrom: optionalDate('la date de début'),
    validUntil: optionalDate('la date de fin'),
    officialUrl: z
      .string({ error: 'Indiquez l’adresse de la page officielle.' })
      .trim()
      .max(500, { error: 'Saisissez au plus 500 caractères.' })
      .refine((value) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(value) && URL.canParse(value), {
        error: 'Indiquez l’adresse complète de la page officielle, commençant par https://.',
      }),
    exclusiveGroup: z
      .string()
      .trim()
      .max(60, { error: 'Saisissez au plus 60 caractères.' })
      .optional()
      .transform((value) => value ?? ''),
  })
  .superRefine((form, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if ((form.amountKind === 'fixe' || form.amountKind === 'plafond') && form.amountEur === undefined)
      issue('amountEur', 'Indiquez le montant.');
    if (form.amountKind === 'mensuel' && form.eurPerMonth === undefined)
      issue('eurPerMonth', 'Indiquez le montant mensuel.');
    const parsedAmount = amountOf(form);
    if (form.instalments.length > 0 && (parsedAmount === null || parsedAmount.kind === 'mensuel'))
      issue('instalments', 'Des versements ne s’indiquent que pour un montant fixe ou « jusqu’à ».');
    else if (parsedAmount && !instalmentsAddUp(parsedAmount))
      issue('instalments', 'La somme des versements doit être égale au montant.');
    if (form.commitmentMonths !== undefined && form.commitmentPlace === undefined)
      issue('commitmentPlace', 'Indiquez où s’exerce l’engagement.');
    if (form.commitmentPlace === 'zone' && form.commitmentZones.length === 0)
      issue('commitmentZones', 'Cochez les zones où s’exerce l’engagement.');
    if (form.departements.length > 0 && form.communes.length > 0)
      issue('communes', 'Choisissez des départements ou des communes, pas les deux.');
    if (form.territory === 'national' && (form.departements.length > 0 || form.communes.length > 0))
      issue(
        'territory',
        'Un dispositif national couvre toute la France : choisissez une région ou un département pour le restreindre.',
      );
    if (form.validFrom && form.validUntil && form.validUntil.getTime() <= form.validFrom.getTime())
      issue('validUntil', 'La date de fin doit suivre la date de début.');
  });

export type ParsedSchemeForm = z.infer<typeof schemeFormSchema>;

function amountOf(
  form: Pick<ParsedSchemeForm, 'amountKind' | 'amountEur' | 'eurPerMonth' | 'amountMonths' | 'instalments'>,
): SchemeAmount | null {
  switch (form.amountKind) {
    case 'non-publie':
      return null;
    case 'mensuel':
      return { kind: 'mensuel', eurPerMonth: form.eurPerMonth ?? 0, months: form.amountMonths ?? null };
    default:
      return {
        kind: form.amountKind,
        eur: form.amountEur ?? 0,
        ...(form.instalments.length > 0 ? { instalments: form.instalments } : {}),
      };
  }
}

export function territoryOf(value: string): Territory {
  if (value === 'national') return { level: 'national' };
  const [level, code] = value.split(':') as ['region' | 'departement', string];
  return { level, code };
}

export const territoryValue = (territory: Territory): string =>
  territory.level === 'national' ? 'national' : `${territory.level}:${territory.code}`;

export function toSchemeInput(form: ParsedSchemeForm): SchemeInput {
  return {
    title: form.title,
    summary: form.summary,
    grantor: { name: form.grantorName, kind: form.grantorKind },
    amount: amountOf(form),
    commitment:
      form.commitmentMonths !== undefined && form.commitmentPlace !== undefined
        ? {
            months: form.commitmentMonths,
            atLeast: form.commitmentAtLeast,
            place: form.commitmentPlace,
            zones: form.commitmentPlace === 'zone' ? form.commitmentZones : [],
          }
        : null,
    eligibility: { professions: form.professions, statuses: form.statuses, conditions: form.conditions },
    area: {
      territory: territoryOf(form.territory),
      departements: form.departements,
      communes: form.communes,
      zones: form.zones,
    },
    validFrom: form.validFrom ?? null,
    validUntil: form.validUntil ?? null,
    officialUrl: form.officialUrl,
    exclusiveGroup: form.exclusiveGroup === '' ? null : form.exclusiveGroup,
  };
}

export const SCHEME_CHECKBOX_GROUPS = ['commitmentZones', 'professions', 'statuses', 'zones'] as const;
