// The small forms of an offer's buttons in "Mes offres": change its state, duplicate it.
import { z } from 'zod';
import { OFFER_ACTIONS } from '../../domain/offers/offer-lifecycle';
import { OFFER_TYPES, type OfferType } from '../../domain/offers/offer-vocabulary';
import { csrfField } from './fields';

/** "Mes offres", where commune staff land. */
export const COMMUNE_HOME = '/commune';

/** Only back to a page of this space: "/commune", "/commune?type=…", "/commune/offres/…". */
const backPath = (candidate: string | undefined): string =>
  candidate && /^\/commune(?:[/?][\w\-/?=&%.]*)?$/.test(candidate) && !candidate.includes('//')
    ? candidate
    : COMMUNE_HOME;

/** The offer type of a "new offer" URL (/commune/offres/nouvelle/:type), if it is one. */
export const offerTypeParam = (value: string): OfferType | undefined =>
  OFFER_TYPES.find((type) => type === value);

export const statusForm = z.strictObject({
  _csrf: csrfField,
  action: z.enum(OFFER_ACTIONS),
  revision: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
  // The page to go back to; never another site (no open redirect).
  retour: z.string().max(500).optional().transform(backPath),
});
