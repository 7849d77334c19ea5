// Who imports a région's zoning, and which région a partner's zoning page shows: ARS partners
// scoped to a whole région, validated, import theirs; every other partner reads its own région's
// (or its département's région's) zoning.
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { AccountUser } from '../accounts/account-user';

type Partner = Pick<AccountUser, 'status' | 'partner'>;

/** ARS partners scoped to a whole région, validated, import; everyone else reads. */
export const mayImportAsPartner = (user: Partner | undefined): boolean =>
  user?.status === 'actif' && user.partner?.type === 'ars' && user.partner.territoire.niveau === 'region';

/** The région a partner's zoning page shows: its own, or its département's. */
export function partnerRegion(user: Partner, gazetteer: Pick<Gazetteer, 'departement'>): string | null {
  const territory = user.partner?.territoire;
  if (!territory || territory.niveau === 'national') return null;
  return territory.niveau === 'region'
    ? territory.code
    : (gazetteer.departement(territory.code)?.region ?? null);
}
