// What the professional's project pages say once something was tried: one place for their words.
import type { SessionData } from 'express-session';
import {
  MAX_PROJECTS_PER_PERSON,
  type ProjectCreationRefusal,
} from '../../services/projects/project-service';
import { PROFESSIONAL_HOME, PROFILE_PATH } from '../paths';

type Flash = SessionData['flash'];

export const INCOMPLETE_PROJECT_FORM = 'Le formulaire est incomplet : rechargez la page et recommencez.';

/** Why a new project cannot be started now: what the professional is told, and where they are sent. */
export const CREATION_REFUSALS: Record<ProjectCreationRefusal, { flash: Flash; redirect: string }> = {
  'no-profile': {
    flash: {
      type: 'info',
      message:
        'Complétez d’abord votre profil : votre profession et votre situation servent à trouver les communes qui vous correspondent.',
    },
    redirect: PROFILE_PATH,
  },
  'too-many': {
    flash: {
      type: 'error',
      message: `Vous avez déjà ${MAX_PROJECTS_PER_PERSON} projets, le maximum : supprimez-en un pour en créer un nouveau.`,
    },
    redirect: PROFESSIONAL_HOME,
  },
};

export const projectFlash = {
  profileSaved: (first: boolean): Flash => ({
    type: 'success',
    message: first
      ? 'Profil enregistré : vous pouvez maintenant décrire votre projet d’installation.'
      : 'Profil enregistré.',
  }),
  created: (name: string): Flash => ({
    type: 'success',
    message: `Projet « ${name} » enregistré : voici les communes qui lui correspondent.`,
  }),
  updated: (name: string): Flash => ({
    type: 'success',
    message: `Modifications du projet « ${name} » enregistrées.`,
  }),
  removed: (name: string): Flash => ({ type: 'success', message: `Projet « ${name} » supprimé.` }),
};

/** After a favourite button: done, or the project changed in between (another tab) and nothing was. */
export function favoriteFlash(written: { ok: boolean }, communeName: string, added: boolean): Flash {
  if (!written.ok)
    return {
      type: 'warning',
      message:
        'Le projet a été modifié entre-temps (dans un autre onglet ?) : rien n’a été changé, recommencez.',
    };
  return {
    type: 'success',
    message: added ? `${communeName} ajoutée à vos favoris.` : `${communeName} retirée de vos favoris.`,
  };
}

export const UNREADABLE_ACTION = 'Cette action n’a pas pu être lue : rechargez la page et recommencez.';
