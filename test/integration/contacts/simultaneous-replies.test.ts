// Two people writing in one conversation at the same second: every message is kept, none is
// refused with « changé entre-temps » (appends are atomic; only edits compare revisions).
import type { Participant } from '../../../src/services/contacts/conversation-service';
import { useTestApp } from '../../support/test-app';
import { DOLE, communeStaff, professional } from './conversation-fixtures';

const built = useTestApp({
  MESSAGES_PER_MINUTE: '100',
  CONVERSATION_MESSAGES_PER_MINUTE: '100',
});

it('keeps 20 simultaneous replies from both sides, in one conversation', async () => {
  const mairie = await communeStaff(DOLE);
  const pro = await professional(built.services, 'Lou Simultané');
  const started = await built.services.conversations.contact(
    { id: pro.id, name: 'Lou Simultané', profession: 'infirmier', status: 'installe' },
    { communeCode: DOLE, projectId: null, offerId: null, shared: [], text: 'Premier message' },
  );
  if (!started.ok) throw new Error(JSON.stringify(started));
  const id = started.conversation.id;
  const commune: Participant = { side: 'commune', id: mairie.id, communeCode: DOLE, active: true };
  const professionnel: Participant = { side: 'professionnel', id: pro.id, communeCode: null, active: true };
  // The commune's first answer moves the contact to "en discussion" (an edit): made alone first.
  expect((await built.services.conversations.reply(id, commune, 'Bienvenue')).ok).toBe(true);

  const results = await Promise.all(
    Array.from({ length: 20 }, (_, index) =>
      built.services.conversations.reply(id, index % 2 === 0 ? commune : professionnel, `Réponse ${index}`),
    ),
  );

  expect(results.filter((result) => !result.ok)).toEqual([]);
  const stored = await built.services.conversations.open(id, professionnel);
  expect(stored?.messages).toHaveLength(22);
  expect(new Set(stored?.messages.map((message) => message.text))).toEqual(
    new Set([
      'Premier message',
      'Bienvenue',
      ...Array.from({ length: 20 }, (_, index) => `Réponse ${index}`),
    ]),
  );
  // Each writer has read at least every message up to their own last one.
  expect(stored?.reads.get(pro.id)).toBeGreaterThanOrEqual(2);
}, 60_000);
