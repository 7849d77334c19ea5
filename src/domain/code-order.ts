// The order of identifiers and codes (database ids, INSEE codes): ASCII, so the order of their
// code units is theirs. Pure.

/**
 * Compares two ASCII identifiers. `localeCompare` gives the same order through the locale's
 * collation, about 20 times slower: it dominated sorts of thousands of offers tied on a date.
 */
export const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
