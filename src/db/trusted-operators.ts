// Query operators written by the code itself. The connection turns on mongoose's sanitizeFilter (a
// second layer behind the input checks): any operator object in a filter becomes a plain equality,
// so that a value from a request can never act as `{ $ne: null }`. The few filters that mean an
// operator say so with `operators(…)`.
import mongoose from 'mongoose';

const trusted = (mongoose as unknown as { trusted: <T>(selector: T) => T }).trusted.bind(mongoose);

/** `{ $lte: now }`, `{ $in: ids }`… kept as operators by sanitizeFilter. */
export const operators = <T extends Record<`$${string}`, unknown>>(selector: T): T => trusted(selector);
