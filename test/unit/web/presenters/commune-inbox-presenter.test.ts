// Which conversations each view of the commune's inbox shows.
import { type FollowUpStatus, firstStep } from '../../../../src/domain/contacts/follow-up';
import type { ConversationSummary } from '../../../../src/services/contacts/conversation-view';
import type { InboxView } from '../../../../src/web/forms/conversation-forms';
import { inboxFilter } from '../../../../src/web/presenters/commune-inbox-presenter';

const reader = { side: 'commune' as const, id: 'moi', communeCode: '39198' };
const conversation = (id: string, fields: Partial<ConversationSummary>) =>
  ({
    id,
    closed: false,
    assignedTo: null,
    history: [firstStep(new Date(0))],
    ...fields,
  }) as ConversationSummary;
const all = [
  conversation('ouverte', {}),
  conversation('a-moi', { assignedTo: 'moi' }),
  conversation('collegue', { assignedTo: 'collegue' }),
  conversation('close', { closed: true, assignedTo: 'moi' }),
  conversation('en-discussion', {
    history: [firstStep(new Date(0)), { ...firstStep(new Date(1)), status: 'en-discussion' }],
  }),
];
const shown = (vue: InboxView, statut?: FollowUpStatus | '') =>
  all.filter(inboxFilter(reader, vue, statut)).map((row) => row.id);

it('shows the open conversations, mine, the unassigned or the closed ones', () => {
  expect(shown('ouvertes', '')).toEqual(['ouverte', 'a-moi', 'collegue', 'en-discussion']);
  expect(shown('moi')).toEqual(['a-moi']);
  expect(shown('non-assignees')).toEqual(['ouverte', 'en-discussion']);
  expect(shown('closes')).toEqual(['close']);
});

it('keeps only the chosen status', () => {
  expect(shown('ouvertes', 'en-discussion')).toEqual(['en-discussion']);
  expect(shown('ouvertes', 'nouveau')).toEqual(['ouverte', 'a-moi', 'collegue']);
});
