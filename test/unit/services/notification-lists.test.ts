import {
  LIST_LIMIT,
  type ListedNotification,
  NotificationLists,
} from '../../../src/services/notifications/notification-lists';

const notification = (recipientId: string, minute: number): ListedNotification => ({
  id: `${recipientId}-${String(minute).padStart(4, '0')}`,
  recipientId,
  kind: 'message',
  title: `Message ${minute}`,
  link: '/professionnel/messages',
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)),
  read: false,
});

describe('NotificationLists', () => {
  it('lists a person’s notifications newest first, keeping only the newest LIST_LIMIT in memory', () => {
    const lists = new NotificationLists();
    // Put in shuffled order: older ones arriving late (another instance's journal) are dropped too.
    const minutes = Array.from({ length: LIST_LIMIT + 5 }, (_, i) => (i * 37) % (LIST_LIMIT + 5));
    for (const minute of minutes) lists.put(notification('alice', minute));
    lists.put(notification('bob', 1));

    const alice = lists.of('alice');
    expect(alice).toHaveLength(LIST_LIMIT);
    expect(alice[0]?.title).toBe(`Message ${LIST_LIMIT + 4}`);
    expect(alice.at(-1)?.title).toBe('Message 5');
    expect(lists.get(notification('alice', 4).id)).toBeUndefined();
    expect(lists.size).toBe(LIST_LIMIT + 1);
    expect(lists.of('bob').map((n) => n.title)).toEqual(['Message 1']);

    // Read: replaced in place; an older one read elsewhere and reloaded does not come back.
    lists.put({ ...notification('alice', 50), read: true });
    expect(lists.of('alice').find((n) => n.title === 'Message 50')?.read).toBe(true);
    lists.apply(notification('alice', 2).id, notification('alice', 2));
    expect(lists.of('alice')).toHaveLength(LIST_LIMIT);
    expect(lists.get(notification('alice', 2).id)).toBeUndefined();
  });
});
