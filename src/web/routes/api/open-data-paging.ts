// What the paged answers of the open data API share: their links and the bounding-box test.
import type { BoundingBox } from '../../forms/map-filters';

type ApiUrl = (path: string, query: Record<string, string | string[]>) => string;

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
