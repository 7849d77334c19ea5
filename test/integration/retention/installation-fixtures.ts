// A professional's installation at Dole, declared by the commune and confirmed by the person, and
// its confirmation moved back in time (for the check-ins to fall due).
import type { Express } from 'express';
import { ConversationModel } from '../../../src/models/conversation';
import type { Services } from '../../../src/services';
import { toConversationSummary } from '../../../src/services/contacts/conversation-view';
import { signedInAgent } from '../../support/accounts';
import { DOLE, communeStaff, postForm, professional, writeTo } from '../contacts/conversation-fixtures';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The professional, their agent and the conversation whose installation (at Dole by default) they confirmed. */
export async function confirmedInstallation(
  app: Express,
  services: Services,
  name: string,
  commune = { code: DOLE, label: 'Dole (39)' },
) {
  const pro = await professional(services, name);
  const proAgent = await signedInAgent(app, pro);
  const communeAgent = await signedInAgent(app, await communeStaff(commune.code));
  const id = await writeTo(proAgent, commune.code);
  await postForm(communeAgent, `/commune/messages/${id}`, `/commune/messages/${id}/suivi`, {
    action: 'declarer-installation',
    dateInstallation: inDays(-10),
    communeInstallation: commune.label,
    leviers: ['logement'],
  });
  const thread = `/professionnel/messages/${id}`;
  const confirmed = await postForm(proAgent, thread, `${thread}/suivi`, { action: 'confirmer-installation' });
  if (confirmed.status !== 303) throw new Error(`confirmation failed: ${confirmed.status}`);
  return { pro, proAgent, id };
}

/** Moves the confirmation back in time (the store of record first, then the read model). */
export async function confirmedMonthsAgo(services: Services, conversationId: string, months: number) {
  const stored = await ConversationModel.findById(conversationId).lean();
  const history = stored?.history ?? [];
  const at = new Date();
  at.setUTCMonth(at.getUTCMonth() - months);
  await ConversationModel.updateOne(
    { _id: conversationId },
    { $set: { [`history.${String(history.length - 1)}.at`]: at } },
  );
  services.conversations.readModel.put(
    toConversationSummary(await ConversationModel.findById(conversationId).lean()),
  );
}
