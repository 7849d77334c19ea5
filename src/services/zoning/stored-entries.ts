// Zoning entries as the version documents store them: "<INSEE code>;<profession>;<zone>;<AAAA-MM-JJ>".
import type { ZoningEntry } from '../../domain/zoning/parse-zoning';
import type { Zone } from '../../domain/zoning/zones';
import type { Profession } from '../../domain/professions';

export const encodeEntry = (entry: ZoningEntry): string =>
  [entry.commune, entry.profession, entry.zone, entry.effectiveFrom.toISOString().slice(0, 10)].join(';');

export function decodeEntry(stored: string): ZoningEntry {
  const [commune = '', profession, zone, day = ''] = stored.split(';');
  return {
    commune,
    profession: profession as Profession,
    zone: zone as Zone,
    effectiveFrom: new Date(`${day}T00:00:00Z`),
  };
}
