// The ARS zoning: ARS partners import their région's file (/partenaire/zonage), moderators any
// région's (/moderation/zonage); both see the zoning in force, its history, and restore a version.
// The map layer reads /carte/zonage.json (public: the zoning is published by the ARS anyway).
import { type Request, type RequestHandler, type Response, Router } from 'express';
import type { ZoningError } from '../../domain/zoning/parse-zoning';
import { ZONES, ZONE_LABELS } from '../../domain/zoning/zones';
import type { AccountUser } from '../../services/accounts/account-user';
import { mayImportAsPartner, partnerRegion } from '../../services/zoning/zoning-importers';
import { allow, anyone } from '../access/access';
import {
  zoningImportFields,
  zoningMapQuery,
  zoningPageQuery,
  zoningRestoreForm,
} from '../forms/zoning-forms';
import { receiveZoningFile } from '../forms/zoning-upload';
import { regionChoices } from '../presenters/choices';
import { type Refusal, refusalError } from '../presenters/refusal';
import {
  IMPORT_REFUSALS,
  REGIONAL_ARS_ONLY,
  RESTORE_REFUSALS,
  type RestoreRefusal,
} from '../presenters/zoning-refusals';
import {
  type ZoningArea,
  presentZoningPage,
  zoningFlash,
  zoningPoints,
} from '../presenters/zoning-presenter';
import { invalidRequestBody, parseInput } from '../validation';
import type { RouteContext } from './route-context';

/** What the page adds when an import or a restoration was refused. */
interface Refused {
  status?: number;
  importErrors?: ZoningError[];
  unlisted?: number;
  fileName?: string;
  restoreError?: string;
}

const requireRegionalArs: RequestHandler = (req, _res, next) => {
  next(mayImportAsPartner(req.user) ? undefined : refusalError(REGIONAL_ARS_ONLY));
};

export function zoningRoutes({ services }: RouteContext): Router {
  const { zoning, gazetteer } = services;
  const router = Router();
  const regions = regionChoices(gazetteer);

  /** A partner's own région; the région a moderator asked for, if it exists. */
  const regionOf = (area: ZoningArea, req: Request, requested: string | undefined): string | null =>
    area === 'partenaire'
      ? partnerRegion(req.user as AccountUser, gazetteer)
      : requested && gazetteer.region(requested)
        ? requested
        : null;

  /** The zoning page of a région, with what an import or a restoration refused (and its status). */
  async function render(
    area: ZoningArea,
    req: Request,
    res: Response,
    region: string | null,
    { status = 200, ...refused }: Refused = {},
  ) {
    const page = presentZoningPage(
      {
        area,
        region,
        regionName: region ? zoning.regionName(region) : '',
        entries: region ? zoning.entriesOf(region) : [],
        history: region ? await zoning.history(region) : null,
        requestedProfession: typeof req.query.profession === 'string' ? req.query.profession : '',
        canImport: area === 'moderation' ? region !== null : mayImportAsPartner(req.user),
        regions,
      },
      gazetteer,
    );
    res.status(status).render('zoning/zoning', { ...page, ...refused });
  }

  const pageOf = (area: ZoningArea, region: string) =>
    `/${area}/zonage${area === 'moderation' ? `?region=${region}` : ''}`;

  for (const area of ['partenaire', 'moderation'] as const) {
    const guard = allow({ role: area === 'partenaire' ? 'partenaire' : 'moderateur', validated: true });
    const importGuard = area === 'partenaire' ? [guard, requireRegionalArs] : [guard];

    router.get(`/${area}/zonage`, guard, async (req, res) => {
      const parsed = parseInput(zoningPageQuery, req.query);
      const region = regionOf(area, req, parsed.ok ? parsed.value.region : undefined);
      await render(area, req, res, region, { status: parsed.ok ? 200 : 400 });
    });

    router.post(`/${area}/zonage`, ...importGuard, async (req, res) => {
      const uploadRefusal = await receiveZoningFile(req, res);
      const fields = parseInput(zoningImportFields, req.body ?? {});
      const region = regionOf(area, req, fields.ok ? fields.value.region : undefined);
      const fail = ({ status, message }: Refusal) =>
        render(area, req, res, region, { status, importErrors: [{ line: null, message }] });
      if (uploadRefusal) return fail(IMPORT_REFUSALS[uploadRefusal]);
      if (!fields.ok || !region) return fail(IMPORT_REFUSALS['no-region']);
      if (!req.file?.size) return fail(IMPORT_REFUSALS['no-file']);
      const file = { name: req.file.originalname, bytes: req.file.buffer };
      const result = await zoning.import(req.user as AccountUser, region, file);
      if (!result.ok && result.reason === 'conflict') return fail(IMPORT_REFUSALS.conflict);
      if (!result.ok)
        return render(area, req, res, region, {
          status: 400,
          importErrors: result.errors,
          unlisted: result.unlisted,
          fileName: file.name,
        });
      req.session.flash = zoningFlash.imported(result, zoning.regionName(region));
      res.redirect(303, pageOf(area, region));
    });

    router.post(`/${area}/zonage/restauration`, ...importGuard, async (req, res) => {
      const parsed = parseInput(zoningRestoreForm, req.body);
      const region = regionOf(area, req, parsed.ok ? parsed.value.region : undefined);
      const refuse = (reason: RestoreRefusal) =>
        render(area, req, res, region, {
          status: RESTORE_REFUSALS[reason].status,
          restoreError: RESTORE_REFUSALS[reason].message,
        });
      if (!parsed.ok || !region) return refuse('not-found');
      const result = await zoning.restore(req.user as AccountUser, region, parsed.value.version);
      if (!result.ok) return refuse(result.reason);
      req.session.flash = zoningFlash.restored(parsed.value.version);
      res.redirect(303, pageOf(area, region));
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
