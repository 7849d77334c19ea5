import { type PendingNotification, planDigests } from '../../../../src/domain/notifications/digest-plan';

let counter = 0;
const pending = (recipientId: string, title: string, minutes: number, topic = ''): PendingNotification => ({
  id: `n${(counter += 1)}`,
  recipientId,
  kind: topic ? 'message' : 'alerte',
  title,
  link: `/lien/${counter}`,
  topic,
  createdAt: new Date(Date.UTC(2026, 0, 10, 8, minutes)),
});

describe('planDigests', () => {
  it('makes one digest per recipient, newest first, covering every notification', () => {
    const a1 = pending('a', 'Alerte 1', 1);
    const a2 = pending('a', 'Alerte 2', 5);
    const b1 = pending('b', 'Alerte B', 3);
    const plans = planDigests([a1, b1, a2]);
    expect(plans.map((plan) => plan.recipientId)).toEqual(['a', 'b']);
    expect(plans[0]?.notificationIds).toEqual([a1.id, a2.id]);
    expect(plans[0]?.entries.map((entry) => entry.title)).toEqual(['Alerte 2', 'Alerte 1']);
    expect(plans[1]?.entries).toEqual([
      { title: 'Alerte B', link: b1.link, count: 1, latestAt: b1.createdAt },
    ]);
  });

  it('shows the notifications of one topic once, with their number and the newest title and link', () => {
    const first = pending('a', 'Message de Dole', 1, 'conversation-1');
    const second = pending('a', 'Message de Dole (2)', 9, 'conversation-1');
    const other = pending('a', 'Message de Tavaux', 4, 'conversation-2');
    const [plan] = planDigests([first, other, second]);
    expect(plan?.notificationIds).toHaveLength(3);
    expect(plan?.entries).toEqual([
      { title: 'Message de Dole (2)', link: second.link, count: 2, latestAt: second.createdAt },
      { title: 'Message de Tavaux', link: other.link, count: 1, latestAt: other.createdAt },
    ]);
  });

  it('plans nothing without pending notifications', () => {
    expect(planDigests([])).toEqual([]);
  });
});
