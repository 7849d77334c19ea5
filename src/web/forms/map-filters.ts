// The filters of the public map and of the open data API (type, profession, public, région,
// département): the map page's GET form, its JSON data and /api/v1 share them. Codes of places are
// checked against the gazetteer, so that an unknown one is an error rather than an empty map.
import { z } from 'zod';
import { AUDIENCES, OFFER_TYPES } from '../../domain/offers/offer-vocabulary';
import { PROFESSIONS } from '../../domain/professions';

export interface KnownPlaces {
  region(code: string): unknown;
  departement(code: string): unknown;
  commune(code: string): unknown;
}

/** GET forms send "" for "any": the same as absent. */
const blankAsAbsent = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const placeCode = (pattern: RegExp, known: (code: string) => unknown, message: string) =>
  blankAsAbsent(
    z
      .string({ error: message })
      .refine((code) => pattern.test(code) && known(code) !== undefined, { error: message })
      .transform((code) => code.toUpperCase()),
  );

const wholeNumber = (message: string, max: number) =>
  blankAsAbsent(
    z
      .string({ error: message })
      .regex(/^\d{1,6}$/, { error: message })
      .transform(Number)
      .pipe(z.number().min(1, { error: message }).max(max, { error: message })),
  );

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;
/** GeoJSON pages: large enough for a map layer in a few requests, small enough to stay quick. */
export const MAX_GEOJSON_PER_PAGE = 2000;
export const DEFAULT_GEOJSON_PER_PAGE = 1000;

/** A bounding box as GeoJSON writes it (RFC 7946 §5): west, south, east, north, in degrees. */
export interface BoundingBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

const BBOX_MESSAGE =
  'Cadre invalide : quatre nombres séparés par des virgules, ouest,sud,est,nord en degrés (ex. 5.3,46.9,5.7,47.2).';

const boundingBox = blankAsAbsent(
  z
    .string({ error: BBOX_MESSAGE })
    .regex(/^-?\d{1,3}(\.\d{1,8})?(,-?\d{1,3}(\.\d{1,8})?){3}$/, { error: BBOX_MESSAGE })
    .transform((text) => {
      const [west, south, east, north] = text.split(',').map(Number) as [number, number, number, number];
      return { west, south, east, north };
    })
    .refine(
      ({ west, south, east, north }) =>
        west >= -180 && east <= 180 && west <= east && south >= -90 && north <= 90 && south <= north,
      { error: BBOX_MESSAGE },
    ),
);

function filterFields(places: KnownPlaces) {
  return {
    /** One or several types (checkboxes): none means every type. */
    type: blankAsAbsent(
      z.union([z.enum(OFFER_TYPES), z.array(z.enum(OFFER_TYPES)).max(OFFER_TYPES.length)], {
        error: 'Type d’offre inconnu : choisissez-le dans la liste.',
      }),
    ).transform((value) => [...new Set([value ?? []].flat())]),
    profession: blankAsAbsent(
      z.enum(PROFESSIONS, { error: 'Profession inconnue : choisissez-la dans la liste.' }),
    ),
    public: blankAsAbsent(z.enum(AUDIENCES, { error: 'Public inconnu : choisissez-le dans la liste.' })),
    region: placeCode(
      /^\d{2}$/,
      (code) => places.region(code),
      'Région inconnue : choisissez-la dans la liste.',
    ),
    departement: placeCode(
      /^(\d{2,3}|2[AB])$/i,
      (code) => places.departement(code),
      'Département inconnu : choisissez-le dans la liste.',
    ),
  };
}

export function mapFilterSchemas(places: KnownPlaces) {
  const fields = filterFields(places);
  const commune = placeCode(
    /^(\d{5}|2[AB]\d{3})$/i,
    (code) => places.commune(code),
    'Commune inconnue : indiquez son code INSEE, par exemple 39198.',
  );
  return {
    /** The /carte page: unknown parameters (a newsletter's utm_*…) are ignored so that shared links open. */
    page: z.object({ ...fields, page: wholeNumber('Page inconnue.', 10_000) }),
    /** The map's JSON data: strict, an unknown parameter is a mistake worth a 400. */
    data: z.strictObject(fields),
    /** /api/v1/offres.geojson: by pages, optionally inside a bounding box. */
    geojson: z.strictObject({
      ...fields,
      commune,
      bbox: boundingBox,
      page: wholeNumber('Numéro de page invalide : un entier à partir de 1.', 100_000),
      parPage: wholeNumber(
        `Nombre par page invalide : un entier de 1 à ${MAX_GEOJSON_PER_PAGE}.`,
        MAX_GEOJSON_PER_PAGE,
      ),
    }),
    /** /api/v1/export/offres.geojson: the whole file, no parameter. */
    complete: z.strictObject({}),
    /** /api/v1/offres: by pages. */
    api: z.strictObject({
      ...fields,
      commune,
      page: wholeNumber('Numéro de page invalide : un entier à partir de 1.', 100_000),
      parPage: wholeNumber(`Nombre par page invalide : un entier de 1 à ${MAX_PER_PAGE}.`, MAX_PER_PAGE),
    }),
  };
}

export type MapFilterSchemas = ReturnType<typeof mapFilterSchemas>;

/** The filters of a parsed query, as the services take them. */
export const toPublishedOfferFilters = (query: z.infer<MapFilterSchemas['data']> & { commune?: string }) => ({
  types: query.type,
  profession: query.profession,
  audience: query.public,
  region: query.region,
  departement: query.departement,
  commune: query.commune,
});
