// Who publishes a scheme: a partner account (acting for its organisation, within its territory)
// or a moderator (anywhere, for the national schemes). An organisation is its kind, its territory
// and its name: every account of it manages its schemes.
import type { AccountUser } from '../accounts/account-user';
import { toSearchKey } from '../../domain/geo/search-text';
import type { PlaceLookups, Publisher } from '../../domain/schemes/publisher-scope';
import { partnerTerritory } from '../../domain/schemes/publisher-scope';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { Territory } from '../../domain/schemes/scheme';

export interface SchemePublisher {
  /** The acting account; null for the demo seed. */
  id: string | null;
  email: string;
  /** The organisation whose schemes this account manages (see ownerOf). */
  owner: string;
  /** The domain's publisher: its scope and whether it may publish at all. */
  scope: Publisher;
}

/** The moderators' schemes: national ones (Assurance Maladie, State) and any they took on. */
export const MODERATION_OWNER = 'moderation';

type Partner = NonNullable<AccountUser['partner']>;

export const partnerOwner = (partner: Partner): string =>
  `partenaire:${partner.type}:${partner.territoire.niveau}:${partner.territoire.code}:${toSearchKey(partner.nom)}`;

/** The publisher an account acts as, or null for roles that publish no scheme. */
export function publisherOf(user: Pick<AccountUser, 'id' | 'email' | 'role' | 'status' | 'partner'>) {
  if (user.role === 'moderateur')
    return {
      id: user.id,
      email: user.email,
      owner: MODERATION_OWNER,
      scope: { role: 'moderateur' },
    } as const;
  if (user.role !== 'partenaire' || !user.partner) return null;
  return {
    id: user.id,
    email: user.email,
    owner: partnerOwner(user.partner),
    scope: {
      role: 'partenaire',
      validated: user.status === 'actif',
      territory: partnerTerritory(user.partner.territoire),
    },
  } satisfies SchemePublisher;
}

/** The geography checkPublication reads, over the gazetteer. */
export const placeLookups = (gazetteer: Gazetteer): PlaceLookups => ({
  departementOfCommune: (code) => gazetteer.commune(code)?.departement,
  regionOfDepartement: (code) => gazetteer.departement(code)?.region,
  isRegion: (code) => gazetteer.region(code) !== undefined,
});

/** The territory a publisher's schemes may cover: its organisation's, or all of France for moderators. */
export const publisherTerritory = (publisher: SchemePublisher): Territory =>
  publisher.scope.role === 'moderateur' ? { level: 'national' } : publisher.scope.territory;

/** A partner whose account is not validated yet: it prepares drafts, publishes nothing. */
export const isPendingPublisher = (publisher: SchemePublisher): boolean =>
  publisher.scope.role === 'partenaire' && !publisher.scope.validated;
