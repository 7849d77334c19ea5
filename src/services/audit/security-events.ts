// Security events the web layer reports to the journal: refused access and logouts. (Logins, sign-ups,
// resets and rate limits are recorded by their own services.)
import { Types } from 'mongoose';
import type { Limits } from '../limits/limits';
import type { Actor, AuditLog } from './audit-log';
import { currentRequest } from './request-context';

/** The signed-in account, if any. */
export interface Visitor {
  id: string;
  email: string;
}

const actorOf = (visitor: Visitor | undefined): Actor =>
  visitor ? { id: new Types.ObjectId(visitor.id), label: visitor.email } : { id: null, label: 'anonyme' };

export function createSecurityEvents(
  audit: Pick<AuditLog, 'record'>,
  limits: Pick<Limits, 'refusalJournal'>,
) {
  return {
    /**
     * A 403: `page` is the method and path (without tokens), `reason` the French sentence shown.
     * At most a few dozen per network address and ten minutes (a bot posting forms without their
     * token must not fill the journal); the first one beyond is journalised as a limit reached.
     */
    async refused(visitor: Visitor | undefined, page: string, reason: string): Promise<void> {
      if (!(await limits.refusalJournal(currentRequest()?.ip ?? '')).ok) return;
      await audit.record({
        actor: actorOf(visitor),
        action: 'acces.refuse',
        target: { type: 'page', id: page.slice(0, 300) },
        details: reason,
      });
    },

    loggedOut: (visitor: Visitor) =>
      audit.record({
        actor: actorOf(visitor),
        action: 'deconnexion',
        target: { type: 'compte', id: visitor.id, label: visitor.email },
      }),
  };
}

export type SecurityEvents = ReturnType<typeof createSecurityEvents>;
