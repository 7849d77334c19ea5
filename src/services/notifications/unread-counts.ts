// The number of unread notifications of each person, for the header of every page. Kept in memory
// (loaded at start, updated by the notifier) because a count query scans the whole collection on
// the embedded database. With several instances on one MongoDB, each one counts the notifications
// it made itself; the page /mon-compte/notifications reads the database and corrects the count.
import { NotificationModel } from '../../models/notification';

export class UnreadCounts {
  private readonly counts = new Map<string, number>();

  of(userId: string): number {
    return this.counts.get(userId) ?? 0;
  }

  add(userId: string, delta: number): void {
    this.set(userId, this.of(userId) + delta);
  }

  set(userId: string, count: number): void {
    if (count > 0) this.counts.set(userId, count);
    else this.counts.delete(userId);
  }
}

export async function loadUnreadCounts(counts: UnreadCounts): Promise<void> {
  for (const unread of await NotificationModel.find({ readAt: null }, { recipientId: 1 }).lean()) {
    counts.add(String(unread.recipientId), 1);
  }
}
