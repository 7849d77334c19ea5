// The active zoning of every région, indexed by commune and profession for the matching engine
// (one lookup per candidate commune, no allocation).
import type { Profession } from '../professions';
import type { ZoningEntry } from './parse-zoning';
import type { Zone } from './zones';

export class ZoningIndex {
  private readonly byCommune = new Map<string, Map<Profession, ZoningEntry>>();
  private readonly entriesByRegion = new Map<string, readonly ZoningEntry[]>();
  #version = 0;

  /** Moves at every replacement: results derived from the zoning (matching) are made again. */
  get version(): number {
    return this.#version;
  }

  /** Replaces the région's zoning (its entries are all in that région). */
  replaceRegion(region: string, entries: readonly ZoningEntry[]): void {
    for (const previous of this.entriesByRegion.get(region) ?? []) this.byCommune.delete(previous.commune);
    for (const entry of entries) {
      let professions = this.byCommune.get(entry.commune);
      if (!professions) {
        professions = new Map();
        this.byCommune.set(entry.commune, professions);
      }
      professions.set(entry.profession, entry);
    }
    this.entriesByRegion.set(region, entries);
    this.#version += 1;
  }

  /** The zone in force at `at`, or null (no zoning for this commune and profession, or not yet in force). */
  zoneOf(communeCode: string, profession: Profession, at: Date): Zone | null {
    const entry = this.byCommune.get(communeCode)?.get(profession);
    return entry && entry.effectiveFrom.getTime() <= at.getTime() ? entry.zone : null;
  }

  /** The région's active entries (empty when it has no zoning). */
  entriesOf(region: string): readonly ZoningEntry[] {
    return this.entriesByRegion.get(region) ?? [];
  }

  regions(): string[] {
    return [...this.entriesByRegion.keys()].filter((region) => this.entriesOf(region).length > 0);
  }
}
