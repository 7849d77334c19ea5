// The zoning of a région as its page shows it: counts per zone and profession, the communes of one
// profession, the version history, the whole page around them, and the points of the map layer.
import type { SessionData } from 'express-session';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { PROFESSIONS, PROFESSION_LABELS, type Profession } from '../../domain/professions';
import { ZONING_COLUMNS, type ZoningEntry } from '../../domain/zoning/parse-zoning';
import { ZONES, ZONE_LABELS, ZONE_QUALITY } from '../../domain/zoning/zones';
import type { ZoningHistory } from '../../services/zoning/zoning-service';

type Flash = SessionData['flash'];

const dayFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

/** Zones in columns, professions in rows (only the professions the zoning covers). */
export function zoningSummary(entries: readonly ZoningEntry[]) {
  const professions = PROFESSIONS.filter((profession) =>
    entries.some((entry) => entry.profession === profession),
  );
  return {
    zones: ZONES.map((zone) => ZONE_LABELS[zone]),
    rows: professions.map((profession) => {
      const own = entries.filter((entry) => entry.profession === profession);
      return {
        profession: PROFESSION_LABELS[profession],
        counts: ZONES.map((zone) => own.filter((entry) => entry.zone === zone).length),
        total: own.length,
      };
    }),
    professions: professions.map((value) => ({ value, label: PROFESSION_LABELS[value] })),
  };
}

/** The communes zoned for one profession, by name. */
export function zonedCommunes(
  entries: readonly ZoningEntry[],
  profession: Profession,
  gazetteer: Pick<Gazetteer, 'commune'>,
) {
  return entries
    .filter((entry) => entry.profession === profession)
    .map((entry) => ({
      code: entry.commune,
      nom: gazetteer.commune(entry.commune)?.nom ?? entry.commune,
      zone: ZONE_LABELS[entry.zone],
      effectiveFrom: dayFormat.format(entry.effectiveFrom),
    }))
    .sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
}

export function presentHistory(history: ZoningHistory) {
  return {
    versions: history.versions.map((version) => ({
      ...version,
      importedAt: timeFormat.format(version.importedAt),
    })),
    activations: history.activations.map((activation) => ({
      ...activation,
      action: activation.action === 'import' ? 'Import' : 'Restauration',
      at: timeFormat.format(activation.at),
    })),
  };
}

/** The map layer's points: the zoned communes of one profession. */
export function zoningPoints(
  entries: readonly ZoningEntry[],
  profession: Profession,
  gazetteer: Pick<Gazetteer, 'commune'>,
) {
  return entries.flatMap((entry) => {
    const commune = entry.profession === profession ? gazetteer.commune(entry.commune) : undefined;
    return commune
      ? [
          {
            code: commune.code,
            nom: commune.nom,
            lat: commune.latitude,
            lon: commune.longitude,
            zone: entry.zone,
          },
        ]
      : [];
  });
}

export type ZoningArea = 'partenaire' | 'moderation';

export interface ZoningPage {
  area: ZoningArea;
  /** The région shown, or null (a moderator who chose none, a partner without one). */
  region: string | null;
  regionName: string;
  entries: readonly ZoningEntry[];
  history: ZoningHistory | null;
  /** The profession asked for in the query ('' or unknown: the first one zoned). */
  requestedProfession: string;
  canImport: boolean;
  regions: { value: string; label: string }[];
}

const ZONE_LEGEND = ZONES.map((zone) => ({
  label: ZONE_LABELS[zone],
  code: zone,
  quality: ZONE_QUALITY[zone],
}));

/** The zoning page (views/pages/zoning/zoning.hbs), before what an import or a restoration adds. */
export function presentZoningPage(page: ZoningPage, gazetteer: Pick<Gazetteer, 'commune'>) {
  const summary = zoningSummary(page.entries);
  const profession =
    summary.professions.find((choice) => choice.value === page.requestedProfession)?.value ??
    summary.professions[0]?.value;
  return {
    title: 'Zonage de l’ARS',
    base: `/${page.area}/zonage`,
    moderator: page.area === 'moderation',
    canImport: page.canImport,
    region: page.region,
    regionName: page.regionName,
    regions: page.regions,
    summary,
    profession,
    communes: profession ? zonedCommunes(page.entries, profession, gazetteer) : [],
    history: page.history && presentHistory(page.history),
    columns: ZONING_COLUMNS.join(';'),
    zoneLabels: ZONE_LEGEND,
  };
}

/** What the zoning pages say once an import or a restoration succeeded (refusals: zoning-refusals.ts). */
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
