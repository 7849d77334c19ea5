// Reads an uploaded zoning file (CSV) and checks every line; the caller imports only a file
// without a single error. Pure: the gazetteer lookups come in as a function.
import { PROFESSION_LABELS, type Profession } from '../professions';
import { toSearchKey } from '../geo/search-text';
import { splitCsvLine } from './csv-line';
import { type Zone, professionOfLabel, zoneOfLabel } from './zones';

export const MAX_ZONING_BYTES = 5 * 1024 * 1024;
export const MAX_ZONING_LINES = 200_000;
/** Errors listed in full; past this, the report says how many more there are. */
export const MAX_LISTED_ERRORS = 200;

export interface ZoningEntry {
  /** INSEE code. */
  commune: string;
  profession: Profession;
  zone: Zone;
  /** The line counts from this day (UTC midnight). */
  effectiveFrom: Date;
}

export interface ZoningError {
  /** Line of the file (the header is line 1); null for the file as a whole. */
  line: number | null;
  message: string;
}

export type ZoningParse =
  { ok: true; entries: ZoningEntry[] } | { ok: false; errors: ZoningError[]; unlisted: number };

export interface ZoningLookups {
  /** The commune's name and région, or undefined for an unknown INSEE code. */
  commune(code: string): { nom: string; region: string } | undefined;
  /** The région the importer may zone; null for moderators (any). */
  allowedRegion: string | null;
  /** The allowed région's name, for messages. */
  regionName?: string;
}

/** The documented column names, in the documented order. */
export const ZONING_COLUMNS = ['code_commune', 'profession', 'zone', 'date_effet'] as const;
type Column = (typeof ZONING_COLUMNS)[number];

// Obvious variants of each header, compared as search keys (case, accents, spaces and "_" ignored).
const HEADER_VARIANTS: Record<Column, string[]> = {
  code_commune: [
    'code commune',
    'code insee',
    'insee',
    'commune',
    'codgeo',
    'code geo',
    'code insee commune',
  ],
  profession: ['profession', 'code profession', 'profession code'],
  zone: ['zone', 'zonage', 'type zone', 'type de zone', 'libelle zone'],
  date_effet: ['date effet', 'date d effet', 'date', 'date effective', 'effet', 'date de debut'],
};
const columnsByKey = new Map<string, Column>(
  ZONING_COLUMNS.flatMap((column) =>
    [column, ...HEADER_VARIANTS[column]].map((name) => [toSearchKey(name), column] as const),
  ),
);

// Strict: invalid bytes throw (a Latin-1 file is refused, not garbled); a leading BOM is dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true });

const fileError = (message: string): ZoningParse => ({
  ok: false,
  errors: [{ line: null, message }],
  unlisted: 0,
});

/** "2025-03-01" or "01/03/2025" → that day at UTC midnight; undefined for anything else or an impossible day. */
export function parseEffectiveDate(text: string): Date | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : [];
  if (!year || !month || !day) return undefined;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1 ? date : undefined;
}

/** Spreadsheets drop the leading zero of Ain to Ardennes codes: "1001" is 01001. */
const communeCodeOf = (text: string): string => (/^\d{4}$/.test(text) ? `0${text}` : text.toUpperCase());

export function parseZoning(bytes: Uint8Array, lookups: ZoningLookups): ZoningParse {
  if (bytes.byteLength > MAX_ZONING_BYTES)
    return fileError('Le fichier dépasse 5 Mo : découpez-le ou retirez les colonnes inutiles.');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fileError('Le fichier n’est pas encodé en UTF-8 (enregistrez-le en « CSV UTF-8 »).');
  }
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > MAX_ZONING_LINES + 1)
    return fileError(`Le fichier dépasse ${MAX_ZONING_LINES.toLocaleString('fr-FR')} lignes : découpez-le.`);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  const headerLine = lines[headerIndex];
  if (headerIndex < 0 || headerLine === undefined) return fileError('Le fichier est vide.');

  const separator = headerLine.includes(';') ? ';' : ',';
  const header = readHeader(headerLine, separator);
  if ('error' in header)
    return { ok: false, errors: [{ line: headerIndex + 1, message: header.error }], unlisted: 0 };

  const errors: ZoningError[] = [];
  const entries: ZoningEntry[] = [];
  const firstLineOf = new Map<string, number>();
  for (let index = headerIndex + 1; index < lines.length; index += 1) {
    const raw = lines[index] ?? '';
    if (raw.trim() === '') continue;
    const lineNumber = index + 1;
    const result = readLine(raw, separator, header.positions, lookups);
    if (typeof result === 'string') {
      errors.push({ line: lineNumber, message: result });
      continue;
    }
    const key = `${result.commune}|${result.profession}`;
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      errors.push({
        line: lineNumber,
        message: `Doublon : la commune ${result.commune} a déjà une zone pour « ${PROFESSION_LABELS[result.profession]} » à la ligne ${String(first)} (lignes ${String(first)} et ${String(lineNumber)}).`,
      });
      continue;
    }
    firstLineOf.set(key, lineNumber);
    entries.push(result);
  }
  if (errors.length > 0)
    return {
      ok: false,
      errors: errors.slice(0, MAX_LISTED_ERRORS),
      unlisted: Math.max(0, errors.length - MAX_LISTED_ERRORS),
    };
  if (entries.length === 0)
    return fileError('Le fichier ne contient aucune ligne de zonage après la ligne d’en-tête.');
  return { ok: true, entries };
}

type Header = { positions: Record<Column, number> & { count: number } } | { error: string };

function readHeader(line: string, separator: string): Header {
  const names = splitCsvLine(line, separator);
  const expected = `attendu : ${ZONING_COLUMNS.join(';')}`;
  if (!names) return { error: `En-tête illisible (guillemet non fermé) ; ${expected}.` };
  const positions: Partial<Record<Column, number>> = {};
  for (const [position, name] of names.entries()) {
    const column = columnsByKey.get(toSearchKey(name));
    if (!column) return { error: `Colonne inconnue « ${name} » dans l’en-tête ; ${expected}.` };
    if (positions[column] !== undefined)
      return { error: `La colonne « ${column} » apparaît deux fois dans l’en-tête.` };
    positions[column] = position;
  }
  const missing = ZONING_COLUMNS.filter((column) => positions[column] === undefined);
  if (missing.length > 0)
    return {
      error: `En-tête incomplet : il manque ${missing.map((column) => `« ${column} »`).join(', ')} ; ${expected}.`,
    };
  return { positions: { ...(positions as Record<Column, number>), count: names.length } };
}

/** The line's entry, or the French message of its first problem. */
function readLine(
  raw: string,
  separator: string,
  positions: Record<Column, number> & { count: number },
  lookups: ZoningLookups,
): ZoningEntry | string {
  const fields = splitCsvLine(raw, separator);
  if (!fields) return 'Guillemet non fermé.';
  if (fields.length !== positions.count)
    return `${String(fields.length)} colonnes au lieu de ${String(positions.count)} (séparateur « ${separator} »).`;
  const field = (column: Column) => fields[positions[column]] ?? '';

  const code = communeCodeOf(field('code_commune'));
  const commune = lookups.commune(code);
  if (!commune)
    return `Code commune inconnu : « ${field('code_commune')} » (code INSEE à 5 caractères attendu, par exemple 39198).`;
  if (lookups.allowedRegion !== null && commune.region !== lookups.allowedRegion)
    return `La commune ${code} (${commune.nom}) n’est pas dans la région ${lookups.regionName ?? lookups.allowedRegion}.`;
  const profession = professionOfLabel(field('profession'));
  if (!profession)
    return `Profession inconnue : « ${field('profession')} » (voir la liste des professions acceptées).`;
  const zone = zoneOfLabel(field('zone'));
  if (!zone)
    return `Zone inconnue : « ${field('zone')} » (ZIP, ZAC, très sous-dotée, sous-dotée, intermédiaire, très dotée ou sur-dotée).`;
  const effectiveFrom = parseEffectiveDate(field('date_effet'));
  if (!effectiveFrom) return `Date d’effet invalide : « ${field('date_effet')} » (AAAA-MM-JJ ou JJ/MM/AAAA).`;
  return { commune: code, profession, zone, effectiveFrom };
}
