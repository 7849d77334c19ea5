// The query strings of the back-office's filtered lists (all accounts, the audit log), and the
// service filters they become. GET forms send empty fields: an empty filter means "any".
import { z } from 'zod';
import { ACCOUNT_STATUSES, ROLES } from '../../domain/accounts/roles';
import type { AccountFilter } from '../../services/accounts/account-directory';
import type { AuditFilter } from '../../services/audit/audit-log';
import { parisEndOfDay, parisMidnight } from './paris-days';

export const ACCOUNT_FILTER_FIELDS = ['status', 'role', 'q'] as const;
export const JOURNAL_FILTER_FIELDS = ['action', 'actor', 'target', 'from', 'to'] as const;

const blankAsAbsent = (value: unknown) => (value === '' ? undefined : value);

const filterText = (max: number) =>
  z
    .string({ error: 'Saisissez un texte.' })
    .trim()
    .max(max, { error: `Saisissez au plus ${max} caractères.` })
    .optional();

export const accountsQuery = z.strictObject({
  status: z.preprocess(
    blankAsAbsent,
    z.enum(ACCOUNT_STATUSES, { error: 'Choisissez un état dans la liste.' }).optional(),
  ),
  role: z.preprocess(
    blankAsAbsent,
    z.enum(ROLES, { error: 'Choisissez un profil dans la liste.' }).optional(),
  ),
  q: filterText(100),
});

const calendarDay = z
  .string({ error: 'Saisissez une date au format JJ/MM/AAAA.' })
  .refine((text) => parisMidnight(text) !== undefined, { error: 'Saisissez une date valide.' });

/** The journal's query; `actions` are the audit actions recorded so far (the list's choices). */
export const journalQuery = (actions: readonly string[]) =>
  z
    .strictObject({
      action: z.preprocess(
        blankAsAbsent,
        z
          .string({ error: 'Choisissez une action dans la liste.' })
          .refine((action) => actions.includes(action), { error: 'Choisissez une action dans la liste.' })
          .optional(),
      ),
      actor: filterText(254),
      target: filterText(254),
      from: z.preprocess(blankAsAbsent, calendarDay.optional()),
      to: z.preprocess(blankAsAbsent, calendarDay.optional()),
      page: z.preprocess(
        blankAsAbsent,
        z
          .string({ error: 'Numéro de page invalide.' })
          .regex(/^[1-9][0-9]{0,5}$/, { error: 'Numéro de page invalide.' })
          .transform(Number)
          .optional(),
      ),
    })
    .superRefine((query, context) => {
      if (query.from && query.to && query.to < query.from) {
        context.addIssue({
          code: 'custom',
          path: ['to'],
          message: 'Choisissez une date de fin postérieure ou égale à la date de début.',
        });
      }
    });

export type JournalQuery = z.infer<ReturnType<typeof journalQuery>>;

/** The service's filter of a valid accounts query (only the filters given). */
export function accountFilterOf(query: z.infer<typeof accountsQuery>): AccountFilter {
  return {
    ...(query.status && { status: query.status }),
    ...(query.role && { role: query.role }),
    ...(query.q && { query: query.q }),
  };
}

/** The service's filter of a valid journal query: whole Paris days, "to" included. */
export function auditFilterOf(query: JournalQuery): AuditFilter {
  return {
    ...(query.action && { action: query.action }),
    ...(query.actor && { actor: query.actor }),
    ...(query.target && { target: query.target }),
    ...(query.from && { from: parisMidnight(query.from) }),
    ...(query.to && { to: parisEndOfDay(query.to) }),
  };
}
