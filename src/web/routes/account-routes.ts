// "Mon compte": what the account holds, change of e-mail or password, data export, deletion.
import { anyone } from '../access/access';
import { type Request, type Response, Router } from 'express';
import {
  COMMUNE_FUNCTION_LABELS,
  PARTNER_TYPE_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
  type AccountStatus,
} from '../../domain/accounts/roles';
import type { AccountUser } from '../../services/accounts/account-user';
import { changeEmailForm, changePasswordForm, deleteAccountForm } from '../forms/account-forms';
import { endSession } from '../session/end-session';
import { ownAccount } from '../access/access';
import { NotFoundError } from '../http-errors';
import { retryAfter } from '../retry-after';
import { type RateLimited, isRateLimited } from '../../services/limits/rate-limiter';
import { type FieldErrors, parseInput } from '../validation';
import { partnerTerritoryLabel } from '../presenters/account-presenter';
import type { RouteContext } from './route-context';

const STATUS_EXPLANATIONS: Partial<Record<AccountStatus, string>> = {
  'en-attente':
    'Votre compte est en attente de validation par un modérateur. Vous recevrez un e-mail dès sa décision ; d’ici là vous pouvez préparer votre espace.',
  rejete: 'Un modérateur n’a pas validé votre compte : l’e-mail qu’il vous a envoyé en donne la raison.',
};

// The forms' actions end with their section's anchor, so that errors show where the form is; after a
// success the page opens at its top, where the message is (a Location without a fragment would keep it).
const BACK = '/mon-compte#contenu';

/** Which form of the page a submission came from, with what to show again (and 400 or 429). */
type Submitted = { status?: number } & (
  | { form: 'email'; errors: FieldErrors; values: { email: string } }
  | { form: 'password'; errors: FieldErrors }
  | { form: 'deletion'; errors: FieldErrors; values: { confirmation: boolean } }
);

/** A service's refusal as the form shows it: by its field, or after too many wrong passwords. */
const refusalOf = (
  res: Response,
  result: { ok: false; field: string; message: string } | RateLimited,
): { status?: number; errors: FieldErrors } =>
  isRateLimited(result)
    ? {
        status: 429,
        errors: {
          currentPassword: `Trop d’essais de votre mot de passe actuel. Patientez ${retryAfter(res, result)} avant de réessayer.`,
        },
      }
    : { errors: { [result.field]: result.message } };

export function accountRoutes({ services }: RouteContext): Router {
  const { accountSettings: settings, communes, gazetteer } = services;
  const router = Router();

  const describe = (user: AccountUser) => {
    const commune = user.commune && communes.details(user.commune.code);
    return {
      name: user.name,
      email: user.email,
      roleLabel: ROLE_LABELS[user.role],
      statusLabel: STATUS_LABELS[user.status],
      statusExplanation: STATUS_EXPLANATIONS[user.status],
      active: user.status === 'actif',
      commune: user.commune && {
        code: user.commune.code,
        label: commune ? `${commune.nom} (${commune.departement.code})` : user.commune.code,
        fonctionLabel: COMMUNE_FUNCTION_LABELS[user.commune.fonction],
      },
      partner: user.partner && {
        organisation: user.partner.nom,
        typeLabel: PARTNER_TYPE_LABELS[user.partner.type],
        territoryLabel: partnerTerritoryLabel(gazetteer, user.partner.territoire),
      },
    };
  };

  const render = (req: Request, res: Response, submitted?: Submitted) => {
    const user = req.user as AccountUser;
    res.status(submitted ? (submitted.status ?? 400) : 200).render('account/my-account', {
      title: 'Mon compte',
      account: describe(user),
      errors: submitted && { [submitted.form]: submitted.errors },
      values: submitted && 'values' in submitted ? { [submitted.form]: submitted.values } : {},
    });
  };

  router.get('/mon-compte', ownAccount, (req, res) => render(req, res));

  router.post('/mon-compte/email', ownAccount, async (req, res) => {
    const user = req.user as AccountUser;
    const values = { email: typeof req.body?.email === 'string' ? req.body.email : '' };
    const parsed = parseInput(changeEmailForm, req.body);
    if (!parsed.ok) return render(req, res, { form: 'email', errors: parsed.errors, values });
    const result = await settings.requestEmailChange(
      user.id,
      parsed.value.currentPassword,
      parsed.value.email,
    );
    if (!result.ok) return render(req, res, { form: 'email', ...refusalOf(res, result), values });
    req.session.flash = {
      type: 'success',
      message: `Un lien de confirmation a été envoyé à ${parsed.value.email}. Votre adresse changera quand vous l’aurez ouvert (il est valable 24 heures).`,
    };
    res.redirect(303, BACK);
  });

  router.post('/mon-compte/mot-de-passe', ownAccount, async (req, res, next) => {
    const user = req.user as AccountUser;
    const parsed = parseInput(changePasswordForm(user.email), req.body);
    if (!parsed.ok) return render(req, res, { form: 'password', errors: parsed.errors });
    const result = await settings.changePassword(
      user.id,
      parsed.value.currentPassword,
      parsed.value.password,
    );
    if (!result.ok) return render(req, res, { form: 'password', ...refusalOf(res, result) });
    // Every session keyed on the old credentials version ends; this one moves to the new version
    // (passport gives it a new id) and keeps its login time for the absolute lifetime.
    const authenticatedAt = req.session.authenticatedAt;
    req.logIn({ ...user, credentialsVersion: result.value }, (error) => {
      if (error) return next(error);
      if (authenticatedAt !== undefined) req.session.authenticatedAt = authenticatedAt;
      req.session.flash = {
        type: 'success',
        message: 'Votre mot de passe est modifié. Vos autres sessions ouvertes ont été fermées.',
      };
      req.session.save((saveError) => (saveError ? next(saveError) : res.redirect(303, BACK)));
    });
  });

  router.get('/mon-compte/export', ownAccount, async (req, res) => {
    const data = await settings.exportData((req.user as AccountUser).id);
    if (!data) throw new NotFoundError();
    res
      .set({
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': 'attachment; filename="accueil-sante-mes-donnees.json"',
        'Cache-Control': 'no-store',
      })
      .send(`${JSON.stringify(data, null, 2)}\n`);
  });

  router.post('/mon-compte/suppression', ownAccount, async (req, res, next) => {
    const user = req.user as AccountUser;
    const values = { confirmation: req.body?.confirmation === 'oui' };
    const parsed = parseInput(deleteAccountForm, req.body);
    if (!parsed.ok) return render(req, res, { form: 'deletion', errors: parsed.errors, values });
    const result = await settings.deleteAccount(user.id, parsed.value.currentPassword);
    if (!result.ok) return render(req, res, { form: 'deletion', ...refusalOf(res, result), values });
    endSession(req, res, next, '/compte-supprime');
  });

  router.get('/compte-supprime', anyone, (_req, res) => {
    res.render('account/deleted', { title: 'Compte supprimé' });
  });

  return router;
}
