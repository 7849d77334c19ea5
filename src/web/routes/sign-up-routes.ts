// Sign-up for the three public roles, and the page that follows.
import { anyone } from '../access/access';
import { type Request, type Response, Router } from 'express';
import type { z } from 'zod';
import {
  HOME_PATHS,
  COMMUNE_FUNCTION_LABELS,
  NATIONAL_TERRITORY_CODE,
  PARTNER_TYPE_LABELS,
  type Role,
  type TerritoryLevel,
} from '../../domain/accounts/roles';
import type { SignUpInput } from '../../services/accounts/registration';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import {
  communeSignUpForm,
  emailOnlyForm,
  partnerSignUpForm,
  professionalSignUpForm,
} from '../forms/account-forms';
import { type FieldErrors, parseInput } from '../validation';
import { NotFoundError } from '../http-errors';
import { partnerTerritoryChoices } from '../presenters/account-presenter';
import type { RouteContext } from './route-context';

const SIGN_UP_ROLES = ['professionnel', 'commune', 'partenaire'] as const satisfies readonly Role[];
type SignUpRole = (typeof SIGN_UP_ROLES)[number];

const TITLES: Record<SignUpRole, string> = {
  professionnel: 'Créer un compte professionnel de santé',
  commune: 'Créer un compte pour une commune',
  partenaire: 'Créer un compte partenaire',
};

const isSignUpRole = (value: string): value is SignUpRole =>
  (SIGN_UP_ROLES as readonly string[]).includes(value);
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export function signUpRoutes({ services, web }: RouteContext): Router {
  const { registration, communes, gazetteer } = services;
  const { rateLimits } = web;
  const router = Router();

  const render = (req: Request, res: Response, role: SignUpRole, status = 200, errors?: FieldErrors) => {
    const {
      password: _p,
      passwordConfirmation: _c,
      _csrf,
      ...values
    } = (req.method === 'POST' ? req.body : {}) as Record<string, unknown>;
    res.status(status).render('auth/sign-up', {
      title: TITLES[role],
      role,
      useCommuneAutocomplete: role === 'commune',
      values,
      errors,
      functions: options(COMMUNE_FUNCTION_LABELS),
      partnerTypes: options(PARTNER_TYPE_LABELS),
      territories: partnerTerritoryChoices(gazetteer),
    });
  };

  router.get('/inscription', anyone, (req, res) => {
    if (req.user) return res.redirect(HOME_PATHS[req.user.role]);
    res.render('auth/sign-up-choice', { title: 'Créer un compte' });
  });

  router.get('/inscription/envoyee', anyone, (req, res) => {
    res.render('auth/sign-up-sent', {
      title: 'Vérifiez votre messagerie',
      values: {},
      triedProject: Boolean(req.session.projectDraft),
    });
  });

  /** Sent when the e-mail could not leave (503): the request is kept, the person asks again. */
  const emailNotSent = (res: Response, email: string) =>
    res.status(503).render('auth/sign-up-sent', {
      title: 'L’e-mail n’a pas pu être envoyé',
      emailFailed: true,
      values: { email },
    });

  // Before /inscription/:role, which would take « renvoi » for a role.
  router.post('/inscription/renvoi', anyone, rateLimits.signUp, async (req, res) => {
    const parsed = parseInput(emailOnlyForm, req.body);
    const email = String(req.body?.email ?? '');
    if (!parsed.ok)
      return res.status(400).render('auth/sign-up-sent', {
        title: 'Vérifiez votre messagerie',
        values: { email },
        errors: parsed.errors,
      });
    const outcome = await registration.resendVerification(parsed.value.email);
    if (!outcome.emailSent) return emailNotSent(res, email);
    res.render('auth/sign-up-sent', { title: 'Vérifiez votre messagerie', resent: true, values: {} });
  });

  router.get('/inscription/:role', anyone, (req, res) => {
    const role = String(req.params.role);
    if (!isSignUpRole(role)) throw new NotFoundError();
    if (req.user) return res.redirect(HOME_PATHS[req.user.role]);
    render(req, res, role);
  });

  router.post('/inscription/:role', anyone, rateLimits.signUp, async (req, res) => {
    const role = String(req.params.role);
    if (!isSignUpRole(role)) throw new NotFoundError();
    const input = toSignUpInput(role, req.body, communes, gazetteer);
    if ('errors' in input) return render(req, res, role, 400, input.errors);
    const outcome = await registration.signUp(input.value);
    if (!outcome.emailSent) return emailNotSent(res, input.value.email);
    res.redirect(303, '/inscription/envoyee');
  });

  return router;
}

/** Validates the form of a role and resolves what it names (commune, territory). */
function toSignUpInput(
  role: SignUpRole,
  body: unknown,
  communes: CommuneDirectory,
  gazetteer: Gazetteer,
): { value: SignUpInput } | { errors: FieldErrors } {
  if (role === 'professionnel') {
    const parsed = parseInput(professionalSignUpForm, body);
    return parsed.ok ? { value: { role, ...common(parsed.value) } } : { errors: parsed.errors };
  }
  if (role === 'commune') {
    const parsed = parseInput(communeSignUpForm, body);
    const text =
      typeof (body as { commune?: unknown })?.commune === 'string'
        ? (body as { commune: string }).commune
        : '';
    const resolved = text.trim() ? communes.resolve(text) : undefined;
    const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
    if (resolved && 'candidates' in resolved) {
      errors.commune ??= resolved.candidates.length
        ? `Précisez la commune, par exemple : ${resolved.candidates.map((c) => `${c.nom} (${c.departementCode})`).join(', ')}.`
        : 'Aucune commune ne porte ce nom : vérifiez l’orthographe ou saisissez le code INSEE.';
    }
    if (!parsed.ok || !resolved || !('commune' in resolved)) return { errors };
    return {
      value: {
        role,
        ...common(parsed.value),
        communeCode: resolved.commune.code,
        fonction: parsed.value.fonction,
      },
    };
  }
  const parsed = parseInput(partnerSignUpForm, body);
  if (!parsed.ok) return { errors: parsed.errors };
  const [level, territoryCode = ''] = parsed.value.territory.split('-') as [TerritoryLevel, string];
  // A national organisation is validated by a moderator like any other (the form only allows FR).
  const known =
    level === 'national'
      ? territoryCode === NATIONAL_TERRITORY_CODE
      : level === 'region'
        ? gazetteer.region(territoryCode)
        : gazetteer.departement(territoryCode);
  if (!known) return { errors: { territory: 'Choisissez le territoire dans la liste.' } };
  return {
    value: {
      role,
      ...common(parsed.value),
      partnerType: parsed.value.partnerType,
      organisation: parsed.value.organisation,
      territoryLevel: level,
      territoryCode,
    },
  };
}

const common = (form: z.infer<typeof professionalSignUpForm>) => ({
  name: form.name,
  email: form.email,
  password: form.password,
});
