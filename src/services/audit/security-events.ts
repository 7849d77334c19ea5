// Security events the web layer reports to the journal: refused access and logouts. (Logins, sign-ups,
// resets and rate limits are recorded by their own services.)
import { Types } from 'mongoose';
import type { Actor, AuditLog } from './audit-log';

/** The signed-in account, if any. */
export interface Visitor {
  id: string;
  email: string;
}

const actorOf = (visitor: Visitor | undefined): Actor =>
  visitor ? { id: new Types.ObjectId(visitor.id), label: visitor.email } : { id: null, label: 'anonyme' };

export function createSecurityEvents(audit: Pick<AuditLog, 'record'>) {
  return {
    /** A 403: `page` is the method and path (without tokens), `reason` the French sentence shown. */
    refused: (visitor: Visitor | undefined, page: string, reason: string) =>
      audit.record({
        actor: actorOf(visitor),
        action: 'acces.refuse',
        target: { type: 'page', id: page.slice(0, 300) },
        details: reason,
      }),

    loggedOut: (visitor: Visitor) =>
      audit.record({
        actor: actorOf(visitor),
        action: 'deconnexion',
        target: { type: 'compte', id: visitor.id, label: visitor.email },
      }),
  };
}

export type SecurityEvents = ReturnType<typeof createSecurityEvents>;
