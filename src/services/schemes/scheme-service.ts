// Use cases of the partners' aid schemes. Every method takes the acting publisher and checks that
// the scheme belongs to its organisation (another's scheme is "not found": ids reveal nothing) and
// that its area lies within the publisher's territory (checkPublication). A pending partner may
// prepare drafts within its territory, never publish. Outcomes, not sentences: the web layer words them.
import { Types } from 'mongoose';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { type PublicationCheck, checkPublication } from '../../domain/schemes/publisher-scope';
import type { SchemeArea } from '../../domain/schemes/scheme';
import { type SchemeAction, schemeStatusAfter } from '../../domain/schemes/scheme-lifecycle';
import { SchemeModel } from '../../models/scheme';
import type { AuditLog } from '../audit/audit-log';
import type { SchemeReadModel } from './scheme-read-model';
import { type SchemePublisher, placeLookups } from './scheme-publishers';
import { type SchemeInput, type SchemeView, toSchemeView, toStoredFields } from './scheme-view';

export type SchemeRefusal = Exclude<PublicationCheck, { ok: true }>;

export type SchemeWriteResult =
  | { ok: true; scheme: SchemeView }
  | SchemeRefusal
  | { ok: false; reason: 'not-found' | 'not-allowed' }
  | { ok: false; reason: 'conflict'; current: SchemeView };

/** Whether a failed write was refused for its area or its publisher (not a missing or stale scheme). */
export const isRefusal = (result: SchemeWriteResult): result is SchemeRefusal =>
  !result.ok &&
  (result.reason === 'not-validated' ||
    result.reason === 'outside-territory' ||
    result.reason === 'unknown-place');

const objectIdOf = (publisher: SchemePublisher) => (publisher.id ? new Types.ObjectId(publisher.id) : null);

export function createSchemeService(readModel: SchemeReadModel, gazetteer: Gazetteer, audit: AuditLog) {
  const lookups = placeLookups(gazetteer);

  const owned = (publisher: SchemePublisher, id: string): SchemeView | undefined => {
    const scheme = readModel.get(id);
    return scheme && scheme.owner === publisher.owner ? scheme : undefined;
  };

  /** Where the publisher may put a scheme; `publishing` also asks a validated account. */
  const check = (publisher: SchemePublisher, area: SchemeArea, publishing: boolean): PublicationCheck =>
    checkPublication(
      publishing || publisher.scope.role === 'moderateur'
        ? publisher.scope
        : { ...publisher.scope, validated: true },
      area,
      lookups,
    );

  const record = (publisher: SchemePublisher, action: string, scheme: SchemeView) =>
    audit.record({
      actor: { id: objectIdOf(publisher), label: publisher.email },
      action,
      target: { type: 'dispositif', id: scheme.id, label: scheme.title },
    });

  /** Compare-and-set on the revision, then refresh the read model from what was stored. */
  const writeIfCurrent = async (
    publisher: SchemePublisher,
    current: SchemeView,
    expectedRevision: number,
    changes: Record<string, unknown>,
  ): Promise<SchemeWriteResult> => {
    const stored = await SchemeModel.findOneAndUpdate(
      { _id: current.id, revision: expectedRevision },
      { $set: { ...changes, updatedBy: objectIdOf(publisher) }, $inc: { revision: 1 } },
      { returnDocument: 'after' },
    ).lean();
    if (!stored) {
      const latest = await SchemeModel.findById(current.id).lean();
      if (!latest) return { ok: false, reason: 'not-found' };
      readModel.put(toSchemeView(latest));
      return { ok: false, reason: 'conflict', current: toSchemeView(latest) };
    }
    const scheme = toSchemeView(stored);
    readModel.put(scheme);
    return { ok: true, scheme };
  };

  return {
    get: (id: string): SchemeView | undefined => readModel.get(id),

    /** Every scheme, of any status (the engine and the pages filter what applies). */
    all: (): readonly SchemeView[] => readModel.schemes(),

    getOwned: (publisher: SchemePublisher, id: string) => owned(publisher, id),

    /** The organisation's schemes, latest change first. */
    ofOwner: (publisher: SchemePublisher): SchemeView[] =>
      readModel
        .schemes()
        .filter((scheme) => scheme.owner === publisher.owner)
        .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime()),

    /** A new draft, or a published scheme straight away when `publish` (validated accounts only). */
    async create(
      publisher: SchemePublisher,
      input: SchemeInput,
      options: { publish?: boolean; id?: string } = {},
    ): Promise<SchemeWriteResult> {
      const publish = options.publish === true;
      const checked = check(publisher, input.area, publish);
      if (!checked.ok) return checked;
      const stored = await SchemeModel.create({
        _id: options.id ?? new Types.ObjectId().toHexString(),
        owner: publisher.owner,
        ...toStoredFields(input),
        status: publish ? 'publie' : 'brouillon',
        publishedAt: publish ? new Date() : null,
        revision: 1,
        createdBy: objectIdOf(publisher),
        updatedBy: objectIdOf(publisher),
      });
      const scheme = toSchemeView(stored.toObject());
      readModel.put(scheme);
      await record(publisher, publish ? 'dispositif.cree-publie' : 'dispositif.cree', scheme);
      return { ok: true, scheme };
    },

    /** A published scheme stays published: its new area must then be publishable by this account. */
    async update(
      publisher: SchemePublisher,
      id: string,
      expectedRevision: number,
      input: SchemeInput,
    ): Promise<SchemeWriteResult> {
      const current = owned(publisher, id);
      if (!current) return { ok: false, reason: 'not-found' };
      const checked = check(publisher, input.area, current.status === 'publie');
      if (!checked.ok) return checked;
      const result = await writeIfCurrent(publisher, current, expectedRevision, toStoredFields(input));
      if (result.ok) await record(publisher, 'dispositif.modifie', result.scheme);
      return result;
    },

    async transition(
      publisher: SchemePublisher,
      id: string,
      action: SchemeAction,
      expectedRevision: number,
    ): Promise<SchemeWriteResult> {
      const current = owned(publisher, id);
      if (!current) return { ok: false, reason: 'not-found' };
      const next = schemeStatusAfter(action, current.status);
      if (!next) return { ok: false, reason: 'not-allowed' };
      if (next === 'publie') {
        const checked = check(publisher, current.area, true);
        if (!checked.ok) return checked;
      }
      const changes: Record<string, unknown> = { status: next };
      if (next === 'publie') changes.publishedAt = new Date();
      const result = await writeIfCurrent(publisher, current, expectedRevision, changes);
      if (result.ok) await record(publisher, `dispositif.${action}`, result.scheme);
      return result;
    },
  };
}

export type SchemeService = ReturnType<typeof createSchemeService>;
