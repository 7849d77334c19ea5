// Maps bounded by their number of entries, the least recently set going first. Pure.

/**
 * Sets `key` as the map's newest entry; when `max` entries are held already, the oldest goes (a
 * Map iterates in insertion order, so its first key is the one set longest ago).
 */
export function setNewest<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  if (map.size >= max) map.delete(map.keys().next().value as K);
  map.set(key, value);
}
