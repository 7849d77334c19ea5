// The in-memory read models, built from the database (the store of record) at start.
import type { ReadModels } from '.';
import { AlertReadModel, loadAlertReadModel } from './alerts/alert-read-model';
import { ConversationReadModel, loadConversationReadModel } from './contacts/conversation-read-model';
import { loadGazetteer } from './geography/load-gazetteer';
import { CommuneNeeds, loadCommuneNeeds } from './offers/commune-profiles';
import { OfferReadModel } from './offers/offer-read-model';
import { loadOfferReadModel } from './offers/offer-service';
import { ProposalReadModel, loadProposalReadModel } from './matching/proposal-read-model';
import { UnreadCounts, loadUnreadCounts } from './notifications/unread-counts';
import { ProjectReadModel, loadProjectReadModel } from './projects/project-service';
import { SchemeReadModel } from './schemes/scheme-read-model';
import { loadSchemeReadModel } from './schemes/scheme-service';
import { loadRecordKeys } from './statistics/record-keys';
import { loadZoning } from './zoning/zoning-read-model';

export async function loadReadModels(): Promise<
  ReadModels & { offersWatermark: Date; schemesWatermark: Date }
> {
  const gazetteer = await loadGazetteer();
  const offers = new OfferReadModel();
  const offersWatermark = await loadOfferReadModel(offers);
  const projects = new ProjectReadModel();
  await loadProjectReadModel(projects);
  const proposals = new ProposalReadModel();
  await loadProposalReadModel(proposals);
  const communeNeeds = new CommuneNeeds();
  await loadCommuneNeeds(communeNeeds);
  const zoning = await loadZoning();
  const alerts = new AlertReadModel();
  await loadAlertReadModel(alerts);
  const unreadCounts = new UnreadCounts();
  await loadUnreadCounts(unreadCounts);
  const conversations = new ConversationReadModel();
  await loadConversationReadModel(conversations);
  const recordKeys = await loadRecordKeys();
  const schemes = new SchemeReadModel();
  const schemesWatermark = await loadSchemeReadModel(schemes);
  return {
    gazetteer,
    offers,
    projects,
    proposals,
    communeNeeds,
    zoning,
    alerts,
    unreadCounts,
    conversations,
    recordKeys,
    offersWatermark,
    schemes,
    schemesWatermark,
  };
}
