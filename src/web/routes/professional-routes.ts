// The professional's space: "Mon projet d’installation" (their projects), their profile, and the
// project form (creation, and edition with compare-and-set on the revision: nothing is overwritten
// silently). Another person's project is "not found" (the service says so).
import { type Request, type Response, Router } from 'express';
import { MAX_PROJECTS_PER_PERSON } from '../../services/projects/project-service';
import { allow } from '../access/access';
import { submittedValues } from '../forms/offer-form-values';
import {
  professionalProfileForm,
  toProfileFormValues,
  toProfileInput,
} from '../forms/professional-profile-form';
import { toFormValues } from '../forms/project-form-values';
import { parseProjectSubmission } from '../forms/project-submission';
import { HttpError, NotFoundError } from '../http-errors';
import {
  NEW_PROJECT_PATH,
  PROFESSIONAL_HOME,
  PROFILE_PATH,
  PROJECTS_PATH,
  deleteProjectPath,
  editProjectPath,
  projectPath,
  resultsPath,
} from '../paths';
import { presentDueCheckIns } from '../presenters/check-in-presenter';
import { newProjectValues } from '../presenters/project-form-presenter';
import { CREATION_REFUSALS, INCOMPLETE_PROJECT_FORM, projectFlash } from '../presenters/project-messages';
import {
  communeLabel,
  presentProfessionalHome,
  presentProfileForm,
  type ProjectFormPage,
  presentProjectForm,
} from '../presenters/project-presenter';
import { ownedProject, professionalOf } from '../session/professional';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function professionalRoutes({ services }: RouteContext): Router {
  const { professionalProfiles: profiles, projects, communes, gazetteer, checkIns } = services;
  const names = { communes, gazetteer };
  const router = Router();
  const guard = allow({ role: 'professionnel', validated: true });

  // ---- "Mon projet d’installation" -------------------------------------------------------------

  router.get(PROFESSIONAL_HOME, guard, async (req, res) => {
    const user = professionalOf(req);
    const installations = await checkIns.ofProfessional(user.id, new Date());
    res.render('professional/home', {
      ...presentProfessionalHome(names, user, projects.ofOwner(user.id)),
      dueCheckIns: presentDueCheckIns(installations, communes),
      triedProject: Boolean(req.session.projectDraft),
      canCreate: projects.canCreate(user.id),
      maxProjects: MAX_PROJECTS_PER_PERSON,
    });
  });

  // ---- Profile ---------------------------------------------------------------------------------

  router.get(PROFILE_PATH, guard, (req, res) => {
    const user = professionalOf(req);
    // A first profile starts from the profession and status of a project tried without an account.
    const tried = req.session.projectDraft;
    const values =
      user.professional || !tried
        ? toProfileFormValues(user.professional)
        : { profession: tried.profession, status: tried.status };
    res.render('professional/profile-form', presentProfileForm({ values, first: !user.professional }));
  });

  router.post(PROFILE_PATH, guard, async (req, res) => {
    const user = professionalOf(req);
    const first = !user.professional;
    const submitted = submittedValues(req.body);
    const parsed = parseInput(professionalProfileForm, submitted);
    if (!parsed.ok)
      return res
        .status(400)
        .render(
          'professional/profile-form',
          presentProfileForm({ values: submitted, errors: parsed.errors, first }),
        );
    await profiles.save(user, toProfileInput(parsed.value));
    req.session.flash = projectFlash.profileSaved(first);
    res.redirect(303, first && req.session.projectDraft ? NEW_PROJECT_PATH : PROFESSIONAL_HOME);
  });

  // ---- Project form ----------------------------------------------------------------------------

  const renderForm = (res: Response, status: number, page: ProjectFormPage) => {
    res.status(status).render('professional/project-form', presentProjectForm(names, page));
  };

  /** Projects need a profile (the matching uses the profession and status); one can be created. */
  const refuseCreation = (req: Request, res: Response): boolean => {
    const refusal = projects.creationRefusal(professionalOf(req));
    if (!refusal) return false;
    req.session.flash = CREATION_REFUSALS[refusal].flash;
    res.redirect(303, CREATION_REFUSALS[refusal].redirect);
    return true;
  };

  router.get(NEW_PROJECT_PATH, guard, (req, res) => {
    if (refuseCreation(req, res)) return;
    const tried = req.session.projectDraft;
    renderForm(res, 200, {
      values: tried ? { ...newProjectValues(), ...tried.values } : newProjectValues(),
      tried: tried !== undefined,
    });
  });

  router.post(PROJECTS_PATH, guard, async (req, res) => {
    if (refuseCreation(req, res)) return;
    const submitted = submittedValues(req.body);
    const result = parseProjectSubmission(submitted, names);
    if (!result.ok) return renderForm(res, 400, { values: submitted, errors: result.errors });
    const project = await projects.create(professionalOf(req).id, result.input);
    delete req.session.projectDraft;
    req.session.flash = projectFlash.created(project.name);
    res.redirect(303, resultsPath(project.id));
  });

  router.get(editProjectPath(':id'), guard, (req, res) => {
    const project = ownedProject(projects, req);
    renderForm(res, 200, { values: toFormValues(project, (code) => communeLabel(names, code)), project });
  });

  router.post(projectPath(':id'), guard, async (req, res) => {
    const project = ownedProject(projects, req);
    const submitted = submittedValues(req.body);
    const result = parseProjectSubmission(submitted, names);
    if (!result.ok) {
      if (result.errors.revision) throw new HttpError(400, INCOMPLETE_PROJECT_FORM);
      return renderForm(res, 400, { values: submitted, errors: result.errors, project });
    }
    if (result.revision === undefined) throw new HttpError(400, INCOMPLETE_PROJECT_FORM);
    const written = await projects.update(professionalOf(req).id, project.id, result.revision, result.input);
    if (written.ok) {
      req.session.flash = projectFlash.updated(written.project.name);
      return res.redirect(303, resultsPath(written.project.id));
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

  router.post(deleteProjectPath(':id'), guard, async (req, res) => {
    const project = ownedProject(projects, req);
    const removed = await projects.remove(professionalOf(req).id, project.id);
    if (!removed) throw new NotFoundError();
    req.session.flash = projectFlash.removed(project.name);
    res.redirect(303, PROFESSIONAL_HOME);
  });

  return router;
}
