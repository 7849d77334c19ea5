// Why the professional's project pages refused what was tried, as they say it: one place for the
// words of every reason. Their refusals are told after a redirection (flash messages).
import {
  MAX_PROJECTS_PER_PERSON,
  type ProjectCreationRefusal,
} from '../../services/projects/project-service';
import { PROFESSIONAL_HOME, PROFILE_PATH } from '../paths';
import type { FlashRefusal } from './refusal';

/** Why a new project cannot be started now: what the professional is told, and where they are sent. */
export const CREATION_REFUSALS: Record<ProjectCreationRefusal, Required<FlashRefusal>> = {
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

/** A favourite button's write lost to a change of the project made in between (another tab?). */
export const FAVORITE_CONFLICT: FlashRefusal = {
  flash: {
    type: 'warning',
    message:
      'Le projet a été modifié entre-temps (dans un autre onglet ?) : rien n’a été changé, recommencez.',
  },
};
