// The in-memory read models: hot reads (offers, projects, inboxes, the header's counts, the matching
// engine's needs, zoning and partners' schemes) never wait for the database, which stays the store of
// record.
//
// One mechanism (./read-models/): each read model is declared once — its collection, what it keeps
// of a document, the keys it lists views under — over one generic `ReadModel` (get, list, put,
// remove, reload, reconcile). One `ReadModelRegistry` loads them all at start and keeps them in
// step with the other instances on the same database: services write the database, then `put` or
// `remove`; the change is applied here at once and recorded in the change journal (one increasing
// sequence, `changes` and `change_counters`), which every instance polls every READ_MODEL_SYNC_MS/8
// and applies by reading the named documents again by `_id` (why no change is missed:
// ./read-models/change-feed.ts). Sessions and signed-in accounts, kept on demand, follow the same
// journal. A reconciliation re-reads every collection every READ_MODEL_RECONCILE_MINUTES. Derived
// caches (map data, eligible offers, dashboard rankings) compare the versions of the read models
// they derive from. The gazetteer is reference data, imported while the service is stopped: loaded
// once. The statistics' record key is drawn once and never changes.
import type { ReadModels } from '.';
import { onSessionWrites } from '../models/session';
import { onUserWrites } from '../models/user';
import { AccountDirectory } from './accounts/account-directory';
import { AlertReadModel } from './alerts/alert-read-model';
import { ConversationReadModel } from './contacts/conversation-read-model';
import { PendingReports } from './contacts/pending-reports';
import { loadGazetteer } from './geography/load-gazetteer';
import { CommuneNeeds } from './offers/commune-profiles';
import { OfferReadModel } from './offers/offer-read-model';
import { ProposalReadModel } from './matching/proposal-read-model';
import { NotificationLists } from './notifications/notification-lists';
import { UnreadCounts } from './notifications/unread-counts';
import { ProjectReadModel } from './projects/project-service';
import { ReadModelRegistry } from './read-models/registry';
import { CheckInReadModel } from './retention/check-in-read-model';
import { SchemeReadModel } from './schemes/scheme-read-model';
import { loadRecordKeys } from './statistics/record-keys';
import { ZoningReadModel } from './zoning/zoning-read-model';

export async function loadReadModels(): Promise<ReadModels> {
  const registry = new ReadModelRegistry();
  const offers = registry.add(new OfferReadModel());
  const projects = registry.add(new ProjectReadModel());
  const proposals = registry.add(new ProposalReadModel());
  const communeNeeds = registry.add(new CommuneNeeds());
  const zoning = registry.add(new ZoningReadModel());
  const alerts = registry.add(new AlertReadModel());
  const unreadCounts = registry.add(new UnreadCounts());
  const notificationLists = registry.add(new NotificationLists());
  const conversations = registry.add(new ConversationReadModel());
  const schemes = registry.add(new SchemeReadModel());
  const checkIns = registry.add(new CheckInReadModel());
  const pendingReports = registry.add(new PendingReports());
  registry.keep('sessions', onSessionWrites);
  const users = registry.keep('users', onUserWrites);
  // Page views never scan the accounts: the directory follows every account's writes.
  const accounts = registry.add(new AccountDirectory());
  accounts.follow(users);
  const [gazetteer, recordKeys] = await Promise.all([loadGazetteer(), loadRecordKeys(), registry.load()]);
  return {
    registry,
    gazetteer,
    offers,
    projects,
    proposals,
    communeNeeds,
    zoning,
    alerts,
    unreadCounts,
    notificationLists,
    conversations,
    accounts,
    recordKeys,
    schemes,
    checkIns,
    pendingReports,
  };
}
