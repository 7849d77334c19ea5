// A professional's conversations with communes: exported with the account; on deletion withdrawn
// and their snapshot of the person erased (the commune keeps the messages, not the profile).
import type { PersonalData } from '../personal-data/personal-data';
import type { ConversationService } from './conversation-service';

export const conversationPersonalData = (conversations: ConversationService): PersonalData => ({
  name: 'conversations',
  models: ['Conversation'],
  exportOf: async (userId) => ({ conversations: await conversations.exportOf(userId) }),
  erase: (userId) => conversations.eraseOf(userId),
});
