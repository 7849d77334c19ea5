// The dashboard's filters, all in the URL: period, profession, département inside the territory,
// (moderators) région, and the print view.
import { z } from 'zod';
import { PROFESSIONS } from '../../domain/professions';

export const PERIODS = ['3', '6', '12', '24'] as const;

const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema]).optional();

const common = {
  periode: optional(z.enum(PERIODS, { error: 'Choisissez une période proposée.' })),
  profession: optional(z.enum(PROFESSIONS, { error: 'Profession inconnue.' })),
  departement: optional(z.string().regex(/^[0-9][0-9AB][0-9]?$/, { error: 'Département inconnu.' })),
  impression: optional(z.literal('1')),
};

export const partnerDashboardQuery = z.strictObject(common);

export const moderatorDashboardQuery = z.strictObject({
  ...common,
  region: optional(z.string().regex(/^\d{2}$/, { error: 'Région inconnue.' })),
});

export type DashboardQuery = z.infer<typeof moderatorDashboardQuery>;

export const DASHBOARD_FILTER_FIELDS = ['periode', 'profession', 'departement', 'region'] as const;
