// Importing a région's zoning file, its version history and restoring a previous version. Every
// version is kept; the région's pointer says which one is in force (compare-and-set: of two
// imports at once only one wins). The database is written first, then the in-memory index.
import { Types } from 'mongoose';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { type ZoningError, parseZoning } from '../../domain/zoning/parse-zoning';
import { ZoningPointerModel } from '../../models/zoning-pointer';
import { ZoningVersionModel, zoningVersionId } from '../../models/zoning-version';
import type { AccountUser } from '../accounts/account-user';
import type { AuditLog } from '../audit/audit-log';
import { decodeEntry, encodeEntry } from './stored-entries';
import type { ZoningReadModel } from './zoning-read-model';

export interface ZoningFile {
  name: string;
  bytes: Uint8Array;
}

export type ImportResult =
  | { ok: true; version: number; lineCount: number }
  | { ok: false; reason: 'invalid'; errors: ZoningError[]; unlisted: number }
  | { ok: false; reason: 'conflict' };

export type RestoreResult = { ok: true } | { ok: false; reason: 'not-found' | 'conflict' | 'already-active' };

export interface ZoningVersionSummary {
  version: number;
  importedAt: Date;
  importedByLabel: string;
  fileName: string;
  lineCount: number;
  active: boolean;
}

export interface ZoningHistory {
  active: number | null;
  versions: ZoningVersionSummary[];
  activations: { version: number; action: 'import' | 'restauration'; byLabel: string; at: Date }[];
}

type Actor = Pick<AccountUser, 'id' | 'email'>;

const isDuplicateKey = (error: unknown) => (error as { code?: number } | null)?.code === 11000;

export function createZoningService(gazetteer: Gazetteer, zoning: ZoningReadModel, audit: AuditLog) {
  const regionName = (code: string) => gazetteer.region(code)?.nom ?? code;

  /** Makes `version` active if the pointer still reads `expected` (null: the région has none yet). */
  async function activate(
    region: string,
    expected: { active: number; latest: number } | null,
    version: number,
    action: 'import' | 'restauration',
    actor: Actor,
  ): Promise<boolean> {
    const activation = {
      version,
      action,
      by: new Types.ObjectId(actor.id),
      byLabel: actor.email,
      at: new Date(),
    };
    const latest = Math.max(version, expected?.latest ?? 0);
    if (!expected) {
      try {
        await ZoningPointerModel.create({ _id: region, active: version, latest, activations: [activation] });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    }
    const updated = await ZoningPointerModel.updateOne(
      { _id: region, active: expected.active, latest: expected.latest },
      { $set: { active: version, latest }, $push: { activations: activation } },
    );
    return updated.modifiedCount === 1;
  }

  async function loadIntoIndex(region: string, version: number): Promise<void> {
    const stored = await ZoningVersionModel.findById(zoningVersionId(region, version)).lean();
    zoning.put({ region, version, entries: (stored?.entries ?? []).map(decodeEntry) });
  }

  const pointerOf = (region: string) => ZoningPointerModel.findById(region).lean();

  return {
    regionName,

    /** Checks every line; imports nothing unless the whole file is right. `region` is the importer's. */
    async import(actor: Actor, region: string, file: ZoningFile): Promise<ImportResult> {
      const parsed = parseZoning(file.bytes, {
        commune: (code) => gazetteer.commune(code),
        allowedRegion: region,
        regionName: regionName(region),
      });
      if (!parsed.ok)
        return { ok: false, reason: 'invalid', errors: parsed.errors, unlisted: parsed.unlisted };

      const pointer = await pointerOf(region);
      const expected = pointer ? { active: pointer.active, latest: pointer.latest } : null;
      const version = (expected?.latest ?? 0) + 1;
      try {
        await ZoningVersionModel.create({
          _id: zoningVersionId(region, version),
          region,
          version,
          importedAt: new Date(),
          importedBy: new Types.ObjectId(actor.id),
          importedByLabel: actor.email,
          fileName: file.name.slice(0, 200),
          lineCount: parsed.entries.length,
          entries: parsed.entries.map(encodeEntry),
        });
      } catch (error) {
        if (isDuplicateKey(error)) return { ok: false, reason: 'conflict' };
        throw error;
      }
      if (!(await activate(region, expected, version, 'import', actor))) {
        // Another import won the race: this one leaves no trace.
        await ZoningVersionModel.deleteOne({ _id: zoningVersionId(region, version) });
        return { ok: false, reason: 'conflict' };
      }
      zoning.put({ region, version, entries: parsed.entries });
      await audit.record({
        actor: { id: new Types.ObjectId(actor.id), label: actor.email },
        action: 'zonage.importe',
        target: { type: 'zonage', id: region, label: regionName(region) },
        details: `version ${String(version)}, ${String(parsed.entries.length)} lignes, fichier « ${file.name} »`,
      });
      return { ok: true, version, lineCount: parsed.entries.length };
    },

    /** Makes an earlier (or later) version of the région's zoning the one in force again. */
    async restore(actor: Actor, region: string, version: number): Promise<RestoreResult> {
      const pointer = await pointerOf(region);
      const exists = await ZoningVersionModel.exists({ _id: zoningVersionId(region, version) });
      if (!pointer || !exists) return { ok: false, reason: 'not-found' };
      if (pointer.active === version) return { ok: false, reason: 'already-active' };
      const expected = { active: pointer.active, latest: pointer.latest };
      if (!(await activate(region, expected, version, 'restauration', actor)))
        return { ok: false, reason: 'conflict' };
      await loadIntoIndex(region, version);
      await audit.record({
        actor: { id: new Types.ObjectId(actor.id), label: actor.email },
        action: 'zonage.restaure',
        target: { type: 'zonage', id: region, label: regionName(region) },
        details: `version ${String(version)} remise en vigueur (remplace la version ${String(pointer.active)})`,
      });
      return { ok: true };
    },

    /**
     * Every version of the région, newest first, and who made which one active. Versions are read
     * by `_id` from the latest the pointer names down to 1 (a query by région would read every
     * région's versions on the embedded database); a number whose import lost a race has none.
     */
    async history(region: string): Promise<ZoningHistory> {
      const pointer = await pointerOf(region);
      const numbers = Array.from({ length: pointer?.latest ?? 0 }, (_, i) => (pointer?.latest ?? 0) - i);
      const versions = await Promise.all(
        numbers.map((version) =>
          ZoningVersionModel.findById(zoningVersionId(region, version), { entries: 0 }).lean(),
        ),
      );
      return {
        active: pointer?.active ?? null,
        versions: versions
          .filter((stored) => stored !== null)
          .map((stored) => ({
            version: stored.version,
            importedAt: stored.importedAt,
            importedByLabel: stored.importedByLabel,
            fileName: stored.fileName ?? '',
            lineCount: stored.lineCount,
            active: stored.version === pointer?.active,
          })),
        activations: [...(pointer?.activations ?? [])]
          .reverse()
          .map(({ version, action, byLabel, at }) => ({ version, action, byLabel, at })),
      };
    },

    /** The région's zoning in force (from memory). */
    entriesOf: (region: string) => zoning.index.entriesOf(region),
    zoneOf: zoning.index.zoneOf.bind(zoning.index),
  };
}

export type ZoningService = ReturnType<typeof createZoningService>;
