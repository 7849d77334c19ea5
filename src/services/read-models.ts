// The in-memory read models, built from the database (the store of record) at start.
import type { ReadModels } from '.';
import { ConversationReadModel, loadConversationReadModel } from './contacts/conversation-read-model';
import { loadGazetteer } from './geography/load-gazetteer';
import { CommuneNeeds, loadCommuneNeeds } from './offers/commune-profiles';
import { OfferReadModel } from './offers/offer-read-model';
import { loadOfferReadModel } from './offers/offer-service';
import { ProjectReadModel, loadProjectReadModel } from './projects/project-service';

export async function loadReadModels(): Promise<ReadModels & { offersWatermark: Date }> {
  const gazetteer = await loadGazetteer();
  const offers = new OfferReadModel();
  const offersWatermark = await loadOfferReadModel(offers);
  const projects = new ProjectReadModel();
  await loadProjectReadModel(projects);
  const communeNeeds = new CommuneNeeds();
  await loadCommuneNeeds(communeNeeds);
  const conversations = new ConversationReadModel();
  await loadConversationReadModel(conversations);
  return { gazetteer, offers, projects, communeNeeds, conversations, offersWatermark };
}
