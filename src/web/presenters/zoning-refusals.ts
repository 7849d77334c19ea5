// What the zoning pages say when an import or a restoration is refused, and once one succeeded:
// one place for the words and statuses of every reason (the upload's, the form's, the service's).
import type { SessionData } from 'express-session';
import type { ImportResult, RestoreResult } from '../../services/zoning/zoning-service';
import type { UploadRefusal } from '../forms/zoning-upload';

type Flash = SessionData['flash'];

export const REGIONAL_ARS_ONLY = 'Seule l’ARS de la région, avec un compte validé, importe son zonage.';

/** Why a file was not imported (its lines' own errors aside: the page lists them). */
export type ImportRefusal =
  UploadRefusal | 'no-region' | 'no-file' | Exclude<ImportResult, { ok: true }>['reason'];

export const IMPORT_REFUSALS: Record<Exclude<ImportRefusal, 'invalid'>, string> = {
  'too-large': 'Le fichier dépasse 5 Mo : découpez-le ou retirez les colonnes inutiles.',
  'not-one-file': 'Envoi refusé : joignez un seul fichier CSV.',
  'no-region': 'Choisissez la région du zonage.',
  'no-file': 'Joignez le fichier CSV du zonage.',
  conflict:
    'Un autre import de cette région vient d’avoir lieu : rien n’a été importé. Vérifiez l’historique et recommencez.',
};

export type RestoreRefusal = Exclude<RestoreResult, { ok: true }>['reason'];

export const RESTORE_REFUSALS: Record<RestoreRefusal, { status: number; message: string }> = {
  'not-found': { status: 400, message: 'Version inconnue : rien n’a été changé.' },
  conflict: {
    status: 409,
    message:
      'Le zonage vient d’être modifié par quelqu’un d’autre : rien n’a été changé. Vérifiez l’historique.',
  },
  'already-active': { status: 400, message: 'Cette version est déjà en vigueur.' },
};

export const zoningFlash = {
  imported: (result: { version: number; lineCount: number }, regionName: string): Flash => ({
    type: 'success',
    message: `Zonage importé : version ${String(result.version)} de la région ${regionName}, ${String(result.lineCount)} lignes. Il est en vigueur dès maintenant.`,
  }),
  restored: (version: number): Flash => ({
    type: 'success',
    message: `La version ${String(version)} du zonage est de nouveau en vigueur.`,
  }),
};
