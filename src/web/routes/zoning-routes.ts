// The ARS zoning: ARS partners import their région's file (/partenaire/zonage), moderators any
// région's (/moderation/zonage); both see the zoning in force, its history, and restore a version.
// The map layer reads /carte/zonage.json (public: the zoning is published by the ARS anyway).
import { type Request, type RequestHandler, type Response, Router } from 'express';
import multer from 'multer';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { MAX_ZONING_BYTES, ZONING_COLUMNS } from '../../domain/zoning/parse-zoning';
import { ZONES, ZONE_LABELS, ZONE_QUALITY } from '../../domain/zoning/zones';
import type { AccountUser } from '../../services/accounts/account-user';
import type { ImportResult } from '../../services/zoning/zoning-service';
import {
  zoningImportFields,
  zoningMapQuery,
  zoningPageQuery,
  zoningRestoreForm,
} from '../forms/zoning-forms';
import { HttpError } from '../http-errors';
import { allow, anyone } from '../access/access';
import { presentHistory, zonedCommunes, zoningPoints, zoningSummary } from '../presenters/zoning-presenter';
import { invalidRequestBody, parseInput } from '../validation';
import type { RouteContext } from './route-context';

type Scope = 'partenaire' | 'moderation';

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_ZONING_BYTES, files: 1, fields: 4, parts: 5 },
}).single('fichier');

/** Parses the multipart body; a French message when the upload itself is refused. */
const receiveFile = (req: Request, res: Response): Promise<string | null> =>
  new Promise((resolve, reject) => {
    upload(req, res, (error: unknown) => {
      if (!error) return resolve(null);
      if (error instanceof multer.MulterError)
        return resolve(
          error.code === 'LIMIT_FILE_SIZE'
            ? 'Le fichier dépasse 5 Mo : découpez-le ou retirez les colonnes inutiles.'
            : 'Envoi refusé : joignez un seul fichier CSV.',
        );
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });

/** The région a partner's zoning page shows: its own, or its département's. */
function partnerRegion(user: AccountUser, gazetteer: Pick<Gazetteer, 'departement'>): string | null {
  const territory = user.partner?.territoire;
  if (!territory || territory.niveau === 'national') return null;
  return territory.niveau === 'region'
    ? territory.code
    : (gazetteer.departement(territory.code)?.region ?? null);
}

/** ARS partners scoped to a whole région, validated, import; everyone else reads. */
const mayImportAsPartner = (user: AccountUser | undefined): boolean =>
  user?.status === 'actif' && user.partner?.type === 'ars' && user.partner.territoire.niveau === 'region';

const requireRegionalArs: RequestHandler = (req, _res, next) => {
  next(
    mayImportAsPartner(req.user)
      ? undefined
      : new HttpError(403, 'Seule l’ARS de la région, avec un compte validé, importe son zonage.'),
  );
};

export function zoningRoutes({ services }: RouteContext): Router {
  const { zoning, gazetteer } = services;
  const router = Router();
  const regions = gazetteer.regions().map((region) => ({ value: region.code, label: region.nom }));

  const regionOf = (scope: Scope, req: Request, requested: string | undefined): string | null =>
    scope === 'partenaire'
      ? partnerRegion(req.user as AccountUser, gazetteer)
      : requested && gazetteer.region(requested)
        ? requested
        : null;

  async function render(
    scope: Scope,
    req: Request,
    res: Response,
    region: string | null,
    extra: Record<string, unknown> = {},
    status = 200,
  ) {
    const entries = region ? zoning.entriesOf(region) : [];
    const summary = zoningSummary(entries);
    const requested = typeof req.query.profession === 'string' ? req.query.profession : '';
    const profession =
      summary.professions.find((choice) => choice.value === requested)?.value ??
      summary.professions[0]?.value;
    res.status(status).render('zoning/zoning', {
      title: 'Zonage de l’ARS',
      base: `/${scope}/zonage`,
      moderator: scope === 'moderation',
      canImport: scope === 'moderation' ? region !== null : mayImportAsPartner(req.user),
      region,
      regionName: region ? zoning.regionName(region) : '',
      regions,
      summary,
      profession,
      communes: profession ? zonedCommunes(entries, profession, gazetteer) : [],
      history: region ? presentHistory(await zoning.history(region)) : null,
      columns: ZONING_COLUMNS.join(';'),
      zoneLabels: ZONES.map((zone) => ({
        label: ZONE_LABELS[zone],
        code: zone,
        quality: ZONE_QUALITY[zone],
      })),
      ...extra,
    });
  }

  const importMessage = (result: Extract<ImportResult, { ok: true }>, region: string) =>
    `Zonage importé : version ${String(result.version)} de la région ${zoning.regionName(region)}, ${String(result.lineCount)} lignes. Il est en vigueur dès maintenant.`;

  for (const scope of ['partenaire', 'moderation'] as const) {
    const guard = allow({ role: scope === 'partenaire' ? 'partenaire' : 'moderateur', validated: true });
    const importGuard = scope === 'partenaire' ? [guard, requireRegionalArs] : [guard];

    router.get(`/${scope}/zonage`, guard, async (req, res) => {
      const parsed = parseInput(zoningPageQuery, req.query);
      const region = regionOf(scope, req, parsed.ok ? parsed.value.region : undefined);
      await render(scope, req, res, region, {}, parsed.ok ? 200 : 400);
    });

    router.post(`/${scope}/zonage`, ...importGuard, async (req, res) => {
      const uploadError = await receiveFile(req, res);
      const fields = parseInput(zoningImportFields, req.body ?? {});
      const region = regionOf(scope, req, fields.ok ? fields.value.region : undefined);
      const fail = (message: string) =>
        render(scope, req, res, region, { importErrors: [{ line: null, message }] }, 400);
      if (uploadError) return fail(uploadError);
      if (!fields.ok || !region) return fail('Choisissez la région du zonage.');
      if (!req.file || req.file.size === 0) return fail('Joignez le fichier CSV du zonage.');
      const result = await zoning.import(req.user as AccountUser, region, {
        name: req.file.originalname,
        bytes: req.file.buffer,
      });
      if (!result.ok && result.reason === 'conflict')
        return fail(
          'Un autre import de cette région vient d’avoir lieu : rien n’a été importé. Vérifiez l’historique et recommencez.',
        );
      if (!result.ok)
        return render(
          scope,
          req,
          res,
          region,
          { importErrors: result.errors, unlisted: result.unlisted, fileName: req.file.originalname },
          400,
        );
      req.session.flash = { type: 'success', message: importMessage(result, region) };
      res.redirect(303, `/${scope}/zonage${scope === 'moderation' ? `?region=${region}` : ''}`);
    });

    router.post(`/${scope}/zonage/restauration`, ...importGuard, async (req, res) => {
      const parsed = parseInput(zoningRestoreForm, req.body);
      const region = regionOf(scope, req, parsed.ok ? parsed.value.region : undefined);
      if (!parsed.ok || !region)
        return render(
          scope,
          req,
          res,
          region,
          { restoreError: 'Version inconnue : rien n’a été changé.' },
          400,
        );
      const result = await zoning.restore(req.user as AccountUser, region, parsed.value.version);
      if (!result.ok) {
        const message = {
          'not-found': 'Version inconnue : rien n’a été changé.',
          conflict:
            'Le zonage vient d’être modifié par quelqu’un d’autre : rien n’a été changé. Vérifiez l’historique.',
          'already-active': 'Cette version est déjà en vigueur.',
        }[result.reason];
        return render(
          scope,
          req,
          res,
          region,
          { restoreError: message },
          result.reason === 'conflict' ? 409 : 400,
        );
      }
      req.session.flash = {
        type: 'success',
        message: `La version ${String(parsed.value.version)} du zonage est de nouveau en vigueur.`,
      };
      res.redirect(303, `/${scope}/zonage${scope === 'moderation' ? `?region=${region}` : ''}`);
    });
  }

  router.get('/carte/zonage.json', anyone, (req, res) => {
    const parsed = parseInput(zoningMapQuery, req.query);
    if (!parsed.ok) return res.status(400).json(invalidRequestBody(parsed.errors));
    const { profession, region } = parsed.value;
    if (region && !gazetteer.region(region))
      return res.status(400).json(invalidRequestBody({ region: 'Région inconnue.' }));
    const regionsShown = region ? [region] : gazetteer.regions().map((known) => known.code);
    res.json({
      profession,
      zones: ZONES.map((zone) => ({ code: zone, label: ZONE_LABELS[zone] })),
      points: regionsShown.flatMap((code) => zoningPoints(zoning.entriesOf(code), profession, gazetteer)),
    });
  });

  return router;
}
