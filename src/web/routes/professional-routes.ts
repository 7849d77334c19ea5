// The professional's space: "Mon projet d’installation" (their projects), their profile, and the
// project form (creation, and edition with compare-and-set on the revision: nothing is overwritten
// silently). Another person's project is "not found" (the service says so).
import { MONTH_NAMES } from '../../domain/matching/french';
import { type Request, type Response, Router } from 'express';
import {
  PRACTICE_MODE_LABELS,
  PROFESSIONAL_STATUS_LABELS,
} from '../../domain/professionals/professional-profile';
import { PROFESSION_LABELS } from '../../domain/professions';
import { MAX_PROJECTS_PER_PERSON } from '../../services/projects/project-service';
import type { ProjectInput, ProjectView } from '../../services/projects/project-view';
import { submittedValues } from '../forms/offer-form-values';
import {
  SPECIALTY_MAX_LENGTH,
  professionalProfileForm,
  toProfileFormValues,
  toProfileInput,
} from '../forms/professional-profile-form';
import { projectFormSchema, resolveProjectCommunes } from '../forms/project-form';
import { type ProjectFormValues, toFormValues, toProjectInput } from '../forms/project-form-values';
import { newProjectValues, projectFormView } from '../presenters/project-form-presenter';
import { optionsOf } from '../presenters/choices';
import { HttpError, NotFoundError } from '../http-errors';
import { allow } from '../access/access';
import { type FieldErrors, parseInput } from '../validation';
import type { RouteContext } from './route-context';

const HOME = '/professionnel';
const PROFILE = '/professionnel/profil';
const NEW_PROJECT = '/professionnel/projets/nouveau';
const resultsOf = (projectId: string) => `/professionnel/projets/${projectId}/resultats`;

const PROFILE_CHOICES = {
  professions: optionsOf(PROFESSION_LABELS),
  practiceModes: optionsOf(PRACTICE_MODE_LABELS),
  statuses: optionsOf(PROFESSIONAL_STATUS_LABELS),
};

/** The acting professional; their profile may still be missing (null). */
function professionalOf(req: Request) {
  const user = req.user;
  if (!user) throw new HttpError(403, 'Connectez-vous pour continuer.');
  return user;
}

export function professionalRoutes({ services }: RouteContext): Router {
  const { professionalProfiles: profiles, projects, communes, gazetteer } = services;
  const router = Router();
  const guard = allow({ role: 'professionnel', validated: true });

  const communeLabel = (code: string) => {
    const commune = communes.details(code);
    return commune ? `${commune.nom} (${commune.departement.code})` : code;
  };

  const placeCodes = () => ({
    departements: gazetteer.departements().map((d) => d.code),
    regions: gazetteer.regions().map((r) => r.code),
  });

  /** "Dole (39), département Jura (39), 30 km autour de Pontarlier (25)". */
  const areaSummary = (area: ProjectInput['area']): string => {
    const parts = [
      ...(area.communes ?? []).map(communeLabel),
      ...(area.departements ?? []).map(
        (code) => `département ${gazetteer.departement(code)?.nom ?? code} (${code})`,
      ),
      ...(area.regions ?? []).map((code) => `région ${gazetteer.region(code)?.nom ?? code}`),
      ...(area.around ? [`${area.around.radiusKm} km autour de ${communeLabel(area.around.commune)}`] : []),
    ];
    return parts.join(', ');
  };

  const describeProject = (project: ProjectView) => ({
    id: project.id,
    name: project.name,
    area: areaSummary(project.area),
    start: `${MONTH_NAMES[project.start.month - 1] ?? ''} ${project.start.year}`,
    updatedAt: project.updatedAt,
    editHref: `/professionnel/projets/${project.id}/modifier`,
    resultsHref: resultsOf(project.id),
    deleteHref: `/professionnel/projets/${project.id}/suppression`,
  });

  // ---- "Mon projet d’installation" -------------------------------------------------------------

  router.get(HOME, guard, (req, res) => {
    const user = professionalOf(req);
    const list = projects.ofOwner(user.id);
    res.render('professional/home', {
      title: list.length > 1 ? 'Mes projets d’installation' : 'Mon projet d’installation',
      profile: user.professional
        ? {
            profession: PROFESSION_LABELS[user.professional.profession],
            specialty: user.professional.specialty,
            status: PROFESSIONAL_STATUS_LABELS[user.professional.status],
            shareAnonymised: user.professional.shareAnonymised,
          }
        : null,
      projects: list.map(describeProject),
      triedProject: Boolean(req.session.projectDraft),
      canCreate: projects.canCreate(user.id),
      maxProjects: MAX_PROJECTS_PER_PERSON,
    });
  });

  // ---- Profile ---------------------------------------------------------------------------------

  const renderProfile = (
    res: Response,
    status: number,
    page: { values: ProjectFormValues; errors?: FieldErrors; first: boolean },
  ) => {
    const { _csrf: _token, ...values } = page.values;
    res.status(status).render('professional/profile-form', {
      title: 'Mon profil professionnel',
      first: page.first,
      values,
      errors: page.errors,
      choices: PROFILE_CHOICES,
      specialtyMaxLength: SPECIALTY_MAX_LENGTH,
    });
  };

  router.get(PROFILE, guard, (req, res) => {
    const user = professionalOf(req);
    // A first profile starts from the profession and status of a project tried without an account.
    const tried = req.session.projectDraft;
    const values =
      user.professional || !tried
        ? toProfileFormValues(user.professional)
        : { profession: tried.profession, status: tried.status };
    renderProfile(res, 200, { values, first: !user.professional });
  });

  router.post(PROFILE, guard, async (req, res) => {
    const user = professionalOf(req);
    const submitted = submittedValues(req.body);
    const parsed = parseInput(professionalProfileForm, submitted);
    if (!parsed.ok)
      return renderProfile(res, 400, { values: submitted, errors: parsed.errors, first: !user.professional });
    await profiles.save(user, toProfileInput(parsed.value));
    req.session.flash = {
      type: 'success',
      message: user.professional
        ? 'Profil enregistré.'
        : 'Profil enregistré : vous pouvez maintenant décrire votre projet d’installation.',
    };
    res.redirect(303, !user.professional && req.session.projectDraft ? NEW_PROJECT : HOME);
  });

  // ---- Project form ----------------------------------------------------------------------------

  interface FormPage {
    values: ProjectFormValues;
    errors?: FieldErrors;
    /** The form starts from a project tried without an account (/essai). */
    tried?: boolean;
    /** The stored project being edited (after a conflict: its current version). */
    project?: ProjectView;
    conflict?: boolean;
  }

  const renderForm = (res: Response, status: number, page: FormPage) => {
    res.status(status).render('professional/project-form', {
      title: page.project ? `Modifier le projet « ${page.project.name} »` : 'Nouveau projet d’installation',
      action: page.project ? `/professionnel/projets/${page.project.id}` : '/professionnel/projets',
      project: page.project && describeProject(page.project),
      conflict: page.conflict === true,
      tried: page.tried === true,
      ...projectFormView(gazetteer, page.values, page.errors),
    });
  };

  /** The submitted form as an input, or its errors (communes resolved against the directory). */
  const parseProject = (submitted: ProjectFormValues) => {
    const parsed = parseInput(projectFormSchema(placeCodes()), submitted);
    if (!parsed.ok) return parsed;
    const resolved = resolveProjectCommunes(parsed.value, (text) => communes.resolve(text));
    if (!resolved.ok) return resolved;
    return { ok: true as const, revision: resolved.value.revision, input: toProjectInput(resolved.value) };
  };

  const ownedProject = (req: Request): ProjectView => {
    const project = projects.getOwned(professionalOf(req).id, String(req.params.id));
    if (!project) throw new NotFoundError();
    return project;
  };

  /** Projects need a profile (the matching uses the profession and status); one can be created. */
  const refuseCreation = (req: Request, res: Response): boolean => {
    const user = professionalOf(req);
    if (!user.professional) {
      req.session.flash = {
        type: 'info',
        message:
          'Complétez d’abord votre profil : votre profession et votre situation servent à trouver les communes qui vous correspondent.',
      };
      res.redirect(303, PROFILE);
      return true;
    }
    if (!projects.canCreate(user.id)) {
      req.session.flash = {
        type: 'error',
        message: `Vous avez déjà ${MAX_PROJECTS_PER_PERSON} projets, le maximum : supprimez-en un pour en créer un nouveau.`,
      };
      res.redirect(303, HOME);
      return true;
    }
    return false;
  };

  router.get(NEW_PROJECT, guard, (req, res) => {
    if (refuseCreation(req, res)) return;
    const tried = req.session.projectDraft;
    renderForm(res, 200, {
      values: tried ? { ...newProjectValues(), ...tried.values } : newProjectValues(),
      tried: tried !== undefined,
    });
  });

  router.post('/professionnel/projets', guard, async (req, res) => {
    if (refuseCreation(req, res)) return;
    const submitted = submittedValues(req.body);
    const result = parseProject(submitted);
    if (!result.ok) return renderForm(res, 400, { values: submitted, errors: result.errors });
    const project = await projects.create(professionalOf(req).id, result.input);
    delete req.session.projectDraft;
    req.session.flash = {
      type: 'success',
      message: `Projet « ${project.name} » enregistré : voici les communes qui lui correspondent.`,
    };
    res.redirect(303, resultsOf(project.id));
  });

  router.get('/professionnel/projets/:id/modifier', guard, (req, res) => {
    const project = ownedProject(req);
    renderForm(res, 200, { values: toFormValues(project, communeLabel), project });
  });

  router.post('/professionnel/projets/:id', guard, async (req, res) => {
    const project = ownedProject(req);
    const submitted = submittedValues(req.body);
    const result = parseProject(submitted);
    if (!result.ok) {
      if (result.errors.revision)
        throw new HttpError(400, 'Le formulaire est incomplet : rechargez la page et recommencez.');
      return renderForm(res, 400, { values: submitted, errors: result.errors, project });
    }
    if (result.revision === undefined)
      throw new HttpError(400, 'Le formulaire est incomplet : rechargez la page et recommencez.');
    const written = await projects.update(professionalOf(req).id, project.id, result.revision, result.input);
    if (written.ok) {
      req.session.flash = {
        type: 'success',
        message: `Modifications du projet « ${written.project.name} » enregistrées.`,
      };
      return res.redirect(303, resultsOf(written.project.id));
    }
    if (written.reason === 'not-found') throw new NotFoundError();
    // Saved elsewhere in between (another tab): keep what was typed, show the current version, and
    // take its revision so that submitting again deliberately replaces it.
    renderForm(res, 409, {
      values: { ...submitted, revision: String(written.current.revision) },
      project: written.current,
      conflict: true,
    });
  });

  router.post('/professionnel/projets/:id/suppression', guard, async (req, res) => {
    const project = ownedProject(req);
    const removed = await projects.remove(professionalOf(req).id, project.id);
    if (!removed) throw new NotFoundError();
    req.session.flash = { type: 'success', message: `Projet « ${project.name} » supprimé.` };
    res.redirect(303, HOME);
  });

  return router;
}
