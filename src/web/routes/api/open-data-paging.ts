// What the answers of the open data API share: absolute links, the paged answers' links and the
// bounding-box test.
import type { BoundingBox } from '../../forms/map-filters';

export type ApiUrl = (path: string, query: Record<string, string | string[]>) => string;

/** The absolute URL of an API path with its query (repeated names kept), on the site's origin. */
export const apiUrlOf =
  (siteUrl: string): ApiUrl =>
  (path, query) => {
    const url = new URL(`/api/v1${path}`, siteUrl);
    for (const [key, value] of Object.entries(query))
      for (const item of [value].flat()) url.searchParams.append(key, item);
    return url.href;
  };

/** self, first, last, prev and next of a paged answer, keeping the request's filters; and the whole file. */
export const pageLinksOf =
  (apiUrl: ApiUrl) =>
  (path: string, query: Record<string, string | string[]>, page: number, parPage: number, total: number) => {
    const last = Math.max(1, Math.ceil(total / parPage));
    const linkTo = (to: number) => apiUrl(path, { ...query, page: String(to), parPage: String(parPage) });
    return {
      self: linkTo(page),
      first: linkTo(1),
      last: linkTo(last),
      prev: page > 1 ? linkTo(Math.min(page - 1, last)) : null,
      next: page < last ? linkTo(page + 1) : null,
      complet: apiUrl('/export/offres.geojson', {}),
    };
  };

/** The place (a commune's centre) lies in the box, edges included. */
export const isInBox = (
  place: { latitude: number; longitude: number } | undefined,
  box: BoundingBox,
): boolean =>
  place !== undefined &&
  place.longitude >= box.west &&
  place.longitude <= box.east &&
  place.latitude >= box.south &&
  place.latitude <= box.north;
