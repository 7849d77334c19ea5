// The audit trail: moderation decisions and security events, listed with filters for moderators.
import type { Types } from 'mongoose';
import { AuditEventModel } from '../../models/audit-event';
import { currentRequest } from './request-context';

export interface Actor {
  id: Types.ObjectId | null;
  label: string;
}

export interface AuditEntry {
  actor: Actor;
  action: string;
  target: { type: string; id: string; label?: string };
  details?: string;
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  target?: string;
  from?: Date;
  to?: Date;
}

export interface AuditEventView {
  id: string;
  at: Date;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string;
  targetLabel: string;
  details: string;
  ip: string;
  requestId: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, label: 'système' };

type StoredEvent = Awaited<ReturnType<typeof loadAll>>[number];
const loadAll = () => AuditEventModel.find().lean();

const toView = (event: StoredEvent): AuditEventView => ({
  id: String(event._id),
  at: event.at,
  actorLabel: event.actorLabel,
  action: event.action,
  targetType: event.targetType,
  targetId: event.targetId,
  targetLabel: event.targetLabel ?? '',
  details: event.details ?? '',
  ip: event.ip ?? '',
  requestId: event.requestId ?? '',
});

const contains = (value: string, needle: string | undefined): boolean =>
  !needle || value.toLowerCase().includes(needle.toLowerCase());

export function createAuditLog() {
  return {
    /** Records the event with the request it happened in (address and id), when there is one. */
    async record(entry: AuditEntry): Promise<void> {
      const request = currentRequest();
      await AuditEventModel.create({
        ip: request?.ip ?? '',
        requestId: request?.requestId ?? '',
        at: new Date(),
        actorId: entry.actor.id,
        actorLabel: entry.actor.label,
        action: entry.action,
        targetType: entry.target.type,
        targetId: entry.target.id,
        targetLabel: entry.target.label ?? '',
        details: entry.details ?? '',
      });
    },

    /** Newest first. Filters are applied in memory: the log is read rarely and by few people. */
    async list(
      filter: AuditFilter,
      page: number,
      pageSize: number,
    ): Promise<{ events: AuditEventView[]; total: number }> {
      const matching = (await loadAll())
        .filter(
          (event) =>
            (!filter.action || event.action === filter.action) &&
            contains(event.actorLabel, filter.actor) &&
            (contains(event.targetLabel ?? '', filter.target) || contains(event.targetId, filter.target)) &&
            (!filter.from || event.at >= filter.from) &&
            (!filter.to || event.at <= filter.to),
        )
        .sort((a, b) => b.at.getTime() - a.at.getTime());
      return {
        events: matching.slice((page - 1) * pageSize, page * pageSize).map(toView),
        total: matching.length,
      };
    },

    /** Distinct actions present in the log, for the filter's select. */
    async actions(): Promise<string[]> {
      return (await AuditEventModel.distinct('action')).map(String).sort();
    },

    /** Events by or about one account, for its data export. */
    async concerning(userId: string): Promise<AuditEventView[]> {
      return (await loadAll())
        .filter((event) => String(event.actorId) === userId || event.targetId === userId)
        .map(toView);
    },

    /** After an account is deleted, its name no longer appears in the trail (the ids stay). */
    async anonymise(userId: Types.ObjectId, label: string): Promise<void> {
      // Details may name the person too (e.g. a former e-mail address): they go as well.
      await AuditEventModel.updateMany(
        { actorId: userId },
        { $set: { actorLabel: label, details: '', ip: '' } },
      );
      await AuditEventModel.updateMany(
        { targetId: String(userId) },
        { $set: { targetLabel: label, details: '' } },
      );
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
