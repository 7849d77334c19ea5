// The forms of a conversation's page (both sides) and the commune's inbox filters.
import { z } from 'zod';
import { FOLLOW_UP_STATUSES, REASON_MAX_LENGTH } from '../../domain/contacts/follow-up';
import { LEVERS } from '../../domain/statistics/contact-fact';
import { REPORT_REASON_MAX } from '../../services/contacts/message-reports';
import { messageField } from './contact-form';
import { csrfField, optionalText } from './fields';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const optionalDay = (error: string) => z.union([z.literal(''), z.string().regex(DAY, { error })]).optional();

export const replyForm = z.strictObject({ _csrf: csrfField, message: messageField });

/** The commune's follow-up form; which fields matter depends on the action (checked by the route). */
export const communeFollowUpForm = z.strictObject({
  _csrf: csrfField,
  action: z.enum(['discuter', 'planifier-visite', 'declarer-installation', 'classer-sans-suite'], {
    error: 'Choisissez un statut dans la liste.',
  }),
  dateVisite: optionalDay('Indiquez la date de la visite au format jj/mm/aaaa.'),
  dateInstallation: optionalDay('Indiquez la date d’installation au format jj/mm/aaaa.'),
  communeInstallation: optionalText(120),
  leviers: z
    .union([z.string(), z.array(z.string())], { error: 'Cochez les leviers dans la liste.' })
    .optional()
    .transform((value) => (value === undefined ? [] : [value].flat()))
    .pipe(z.array(z.enum(LEVERS, { error: 'Cochez les leviers dans la liste.' })).max(LEVERS.length)),
  motif: optionalText(REASON_MAX_LENGTH),
});
export type CommuneFollowUpValue = z.infer<typeof communeFollowUpForm>;

export const professionalFollowUpForm = z.strictObject({
  _csrf: csrfField,
  action: z.enum(['confirmer-installation', 'refuser-installation'], { error: 'Action inconnue.' }),
});

export const assignForm = z.strictObject({
  _csrf: csrfField,
  responsable: z.union([z.literal(''), z.string().regex(/^[0-9a-f]{24}$/)], {
    error: 'Choisissez un membre de votre commune.',
  }),
});

export const switchForm = (field: string) =>
  z.strictObject({ _csrf: csrfField, [field]: z.enum(['oui', 'non'], { error: 'Action inconnue.' }) });

export const reportForm = z.strictObject({
  _csrf: csrfField,
  message: z.coerce.number({ error: 'Message introuvable.' }).int().min(0).max(100_000),
  motif: optionalText(REPORT_REASON_MAX),
});

export const INBOX_VIEWS = ['ouvertes', 'moi', 'non-assignees', 'closes'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];
export const inboxQuery = z.object({
  statut: z.union([z.literal(''), z.enum(FOLLOW_UP_STATUSES, { error: 'Statut inconnu.' })]).optional(),
  vue: z.enum(INBOX_VIEWS, { error: 'Vue inconnue.' }).optional().default('ouvertes'),
});
