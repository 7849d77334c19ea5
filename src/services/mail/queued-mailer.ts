// Every e-mail the service sends goes through the job queue: stored first, sent at once by this
// instance, retried with backoff when the mail server fails, taken over by another instance when
// this one dies in between (see jobs/job-queue.ts).
import type { JobKind, JobQueue } from '../jobs/job-queue';
import type { MailMessage, Mailer } from './mailer';

export const EMAIL_JOB = 'email';

/** The job that hands a stored message to the real transport (SMTP or the outbox folder). */
export const emailJob = (transport: Mailer): JobKind => ({
  run: (payload) => transport.send(payload as MailMessage),
  leaseMs: 60_000,
});

/** The message could not leave at once; it stays queued and will be retried. */
export class MailDeferredError extends Error {
  constructor() {
    super('The e-mail could not be sent at once: it stays queued for a retry');
  }
}

/**
 * A Mailer whose `send` never loses a message: a failure leaves it queued for a retry, and `send`
 * rejects with MailDeferredError so that the person can be told (and may ask for it again).
 */
export function createQueuedMailer(jobs: JobQueue, transport: Mailer): Mailer {
  jobs.define(EMAIL_JOB, emailJob(transport));
  return {
    async send(message) {
      if ((await jobs.enqueue(EMAIL_JOB, message)) === 'retrying') throw new MailDeferredError();
    },
  };
}
