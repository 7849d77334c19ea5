// Why the zoning pages refused an import or a restoration, as they say it: one place for the words
// and statuses of every reason (the upload's, the form's, the service's).
import type { ImportResult, RestoreResult } from '../../services/zoning/zoning-service';
import type { UploadRefusal } from '../forms/zoning-upload';
import type { Refusal } from './refusal';

export const REGIONAL_ARS_ONLY: Refusal = {
  status: 403,
  message: 'Seule l’ARS de la région, avec un compte validé, importe son zonage.',
};

/** Why a file was not imported (its lines' own errors aside: the page lists them). */
export type ImportRefusal =
  UploadRefusal | 'no-region' | 'no-file' | Exclude<ImportResult, { ok: true }>['reason'];

const refused = (message: string): Refusal => ({ status: 400, message });

export const IMPORT_REFUSALS: Record<Exclude<ImportRefusal, 'invalid'>, Refusal> = {
  'too-large': refused('Le fichier dépasse 5 Mo : découpez-le ou retirez les colonnes inutiles.'),
  'not-one-file': refused('Envoi refusé : joignez un seul fichier CSV.'),
  'no-region': refused('Choisissez la région du zonage.'),
  'no-file': refused('Joignez le fichier CSV du zonage.'),
  conflict: refused(
    'Un autre import de cette région vient d’avoir lieu : rien n’a été importé. Vérifiez l’historique et recommencez.',
  ),
};

export type RestoreRefusal = Exclude<RestoreResult, { ok: true }>['reason'];

export const RESTORE_REFUSALS: Record<RestoreRefusal, Refusal> = {
  'not-found': refused('Version inconnue : rien n’a été changé.'),
  conflict: {
    status: 409,
    message:
      'Le zonage vient d’être modifié par quelqu’un d’autre : rien n’a été changé. Vérifiez l’historique.',
  },
  'already-active': refused('Cette version est déjà en vigueur.'),
};
