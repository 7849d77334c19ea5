// The commune's follow-up form turned into a follow-up command: the dates read as Paris days, the
// installation commune resolved from what was typed ("Dole (39)"). Which fields matter depends on
// the action, so this is checked after the form's schema.
import type { FollowUpCommand } from '../../domain/contacts/follow-up';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import type { FieldErrors } from '../validation';
import type { CommuneFollowUpValue } from './conversation-forms';
import { parisMidnight } from './paris-days';
import { shownValues } from './shown-input';

/** Where a refusal of each action is shown. */
export const FOLLOW_UP_FIELD: Record<CommuneFollowUpValue['action'], string> = {
  discuter: '_',
  'planifier-visite': 'dateVisite',
  'declarer-installation': 'dateInstallation',
  'classer-sans-suite': 'motif',
};

/** What the form shows back after a refusal: every typed value. */
export const followUpValues = (body: unknown) => ({
  ...shownValues(body, ['action', 'dateVisite', 'dateInstallation', 'communeInstallation', 'motif']),
  leviers: [(body as { leviers?: unknown } | undefined)?.leviers ?? []].flat(),
});

/** The follow-up command of the form, or the errors by field. */
export function followUpCommand(
  form: CommuneFollowUpValue,
  communes: Pick<CommuneDirectory, 'resolve'>,
): { command: FollowUpCommand } | { errors: FieldErrors } {
  switch (form.action) {
    case 'discuter':
      return { command: { action: 'discuter' } };
    case 'planifier-visite': {
      const visitDate = form.dateVisite ? parisMidnight(form.dateVisite) : undefined;
      return visitDate
        ? { command: { action: 'planifier-visite', visitDate } }
        : { errors: { dateVisite: 'Indiquez la date de la visite.' } };
    }
    case 'declarer-installation': {
      const date = form.dateInstallation ? parisMidnight(form.dateInstallation) : undefined;
      const resolved = communes.resolve(form.communeInstallation);
      if (!date) return { errors: { dateInstallation: 'Indiquez la date d’installation.' } };
      if (!('commune' in resolved))
        return {
          errors: {
            communeInstallation: 'Commune inconnue : choisissez-la dans la liste, par exemple « Dole (39) ».',
          },
        };
      return {
        command: {
          action: 'declarer-installation',
          installation: { date, communeCode: resolved.commune.code, levers: form.leviers },
        },
      };
    }
    case 'classer-sans-suite':
      return { command: { action: 'classer-sans-suite', reason: form.motif } };
  }
}
