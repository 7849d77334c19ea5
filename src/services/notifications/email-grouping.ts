// Immediate e-mails about one topic (a conversation: its messages and follow-up) are grouped: at most
// one per recipient every few minutes, decided in the database so that every instance agrees. What
// happens in between is in the app, and in the next e-mail's conversation.
import type { RateLimiter } from '../limits/rate-limiter';

export function createEmailGrouping(limiter: Pick<RateLimiter, 'pace'>, minutes: number) {
  const gapMs = minutes * 60_000;
  return {
    /** Whether a notification about `topic` may be e-mailed to the recipient now. */
    async mayEmail(recipientId: string, topic: string): Promise<boolean> {
      if (!topic || gapMs === 0) return true;
      return limiter.pace('courriel-groupe', `${recipientId}:${topic}`, gapMs);
    },
  };
}

export type EmailGrouping = ReturnType<typeof createEmailGrouping>;
