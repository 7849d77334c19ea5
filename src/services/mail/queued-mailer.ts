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

/** A Mailer whose `send` never loses a message: a failure leaves it queued for a retry. */
export function createQueuedMailer(jobs: JobQueue, transport: Mailer): Mailer {
  jobs.define(EMAIL_JOB, emailJob(transport));
  return { send: (message) => jobs.enqueue(EMAIL_JOB, message) };
}
