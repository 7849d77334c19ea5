// The daily digest: one e-mail per person listing what they chose to receive once a day; never twice
// (run twice in a row, or twice at once); a notification arriving after the day's digest waits for
// the next one; a person who chose "aucun" since gets nothing.
import { NotificationModel } from '../../../src/models/notification';
import { NotificationDigestModel } from '../../../src/models/notification-digest';
import { createAccount, emailsTo } from '../../support/accounts';
import { useTestApp } from '../../support/test-app';

const built = useTestApp();
const outboxDir = () => built.config.mail.outboxDir;

const dailyPerson = async () => {
  const person = await createAccount({ role: 'professionnel' });
  await built.services.notificationPreferences.set(person.id, { general: 'quotidien', alertes: 'quotidien' });
  return person;
};

const DAY = 86_400_000;

describe('runDigest', () => {
  it('sends one e-mail per person listing the notifications, and nothing when run again', async () => {
    const person = await dailyPerson();
    const immediate = await createAccount({ role: 'professionnel' });
    await built.services.notify({
      kind: 'message',
      recipients: [person.id, immediate.id],
      title: 'Nouveau message de Dole',
      link: '/professionnel/messages/1',
      topic: 'conversation-1',
    });
    await built.services.notify({
      kind: 'message',
      recipients: [person.id],
      title: 'Nouveau message de Dole',
      link: '/professionnel/messages/1',
      topic: 'conversation-1',
    });
    await built.services.notify({
      kind: 'alerte',
      recipients: [person.id],
      title: 'Nouvelle offre à Tavaux',
      link: '/t',
    });
    expect(emailsTo(outboxDir(), person.email)).toEqual([]);
    // The other person had theirs at once, and is not in the digest.
    expect(emailsTo(outboxDir(), immediate.email)).toHaveLength(1);

    const now = new Date();
    const first = await built.services.digest.run(now);
    expect(first.sent).toEqual([{ to: person.email, notifications: 3 }]);
    const emails = emailsTo(outboxDir(), person.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toBe('Votre récapitulatif Accueil Santé : 3 nouvelles notifications');
    expect(emails[0]?.text).toContain('• Nouveau message de Dole (2 notifications)');
    expect(emails[0]?.text).toContain('/professionnel/messages/1');
    expect(emails[0]?.text).toContain('• Nouvelle offre à Tavaux');
    expect(emailsTo(outboxDir(), immediate.email)).toHaveLength(1);

    const second = await built.services.digest.run(now);
    expect(second.sent).toEqual([]);
    // Even the next day: those notifications were in a digest already.
    expect((await built.services.digest.run(new Date(now.getTime() + DAY))).sent).toEqual([]);
    expect(emailsTo(outboxDir(), person.email)).toHaveLength(1);
    // In-app, they are still unread.
    expect(built.services.notifications.unreadCount(person.id)).toBe(3);
  });

  it('sends once when two runs start at the same moment', async () => {
    const people = [await dailyPerson(), await dailyPerson(), await dailyPerson()];
    for (const person of people) {
      await built.services.notify({
        kind: 'statut',
        recipients: [person.id],
        title: 'Suivi modifié',
        link: '/s',
      });
    }
    const now = new Date();
    const [a, b] = await Promise.all([built.services.digest.run(now), built.services.digest.run(now)]);
    expect([...a.sent, ...b.sent].map((sent) => sent.to).sort()).toEqual(people.map((p) => p.email).sort());
    for (const person of people) expect(emailsTo(outboxDir(), person.email)).toHaveLength(1);
  });

  it('keeps a notification arriving after the day’s digest for the next day', async () => {
    const person = await dailyPerson();
    // Both runs of "today" at the same instant, a minute ahead: after every notification of the test.
    const today = new Date(Date.now() + 60_000);
    await built.services.notify({ kind: 'statut', recipients: [person.id], title: 'Avant', link: '/a' });
    expect((await built.services.digest.run(today)).sent).toHaveLength(1);
    await built.services.notify({ kind: 'statut', recipients: [person.id], title: 'Après', link: '/b' });
    const sameDay = await built.services.digest.run(today);
    expect(sameDay.sent).toEqual([]);
    expect(sameDay.deferred).toBe(1);
    const tomorrow = await built.services.digest.run(new Date(today.getTime() + DAY));
    expect(tomorrow.sent).toEqual([{ to: person.email, notifications: 1 }]);
    const emails = emailsTo(outboxDir(), person.email);
    expect(emails).toHaveLength(2);
    expect(emails[0]?.text).toContain('• Après');
    expect(emails[0]?.text).not.toContain('• Avant');
  });

  it('sends nothing to a person who chose "aucun" since, and never sends those later', async () => {
    const person = await dailyPerson();
    await built.services.notify({ kind: 'message', recipients: [person.id], title: 'Message', link: '/m' });
    await built.services.notificationPreferences.set(person.id, { general: 'aucun', alertes: 'quotidien' });
    const report = await built.services.digest.run(new Date());
    expect(report.sent.map((sent) => sent.to)).not.toContain(person.email);
    expect(emailsTo(outboxDir(), person.email)).toEqual([]);
    const [digest] = await NotificationDigestModel.find({ recipientId: person.id }).lean();
    expect(digest).toMatchObject({ skipped: true, sentAt: null });
    expect(await NotificationModel.countDocuments({ recipientId: person.id, digestId: null })).toBe(0);
  });
});
