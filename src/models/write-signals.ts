// In-process caches of a collection (the signed-in accounts, the sessions) must forget what was
// written, whoever wrote it. This hooks every kind of mongoose write of a schema and tells the
// listeners which document changed (its `_id`), or `undefined` when it may be several.
import type { Schema } from 'mongoose';

export type WriteListener = (id: string | undefined) => void;

const QUERY_WRITES: (
  | 'updateOne'
  | 'updateMany'
  | 'replaceOne'
  | 'deleteOne'
  | 'deleteMany'
  | 'findOneAndUpdate'
  | 'findOneAndReplace'
  | 'findOneAndDelete'
)[] = [
  'updateOne',
  'updateMany',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOneAndUpdate',
  'findOneAndReplace',
  'findOneAndDelete',
];

/** The one `_id` a filter names, if it names exactly one by equality. */
function idOfFilter(filter: Record<string, unknown>): string | undefined {
  const id = filter._id;
  if (id === undefined || id === null) return undefined;
  if (typeof id === 'string') return id;
  // An ObjectId (not an operator object such as { $in: [...] }).
  return typeof id === 'object' && '_bsontype' in id ? String(id) : undefined;
}

/** Returns how to listen to the writes of documents of this schema (call before `model()`). */
export function signalWrites(schema: Schema): (listener: WriteListener) => () => void {
  const listeners = new Set<WriteListener>();
  const tell = (id: string | undefined) => listeners.forEach((listener) => listener(id));
  schema.post(QUERY_WRITES, { document: false, query: true }, function (this: { getFilter(): object }) {
    tell(idOfFilter(this.getFilter() as Record<string, unknown>));
  });
  schema.post(
    ['save', 'updateOne', 'deleteOne'],
    { document: true, query: false },
    function (this: { _id: unknown }) {
      tell(String(this._id));
    },
  );
  schema.post('insertMany', () => tell(undefined));
  return (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
}
