// Every offer in memory, indexed by id and commune: "Mes offres", the public search and the
// commune pages read from here; the database stays the store of record (every write goes there first).
import type { OfferView } from './offer-view';

const NONE: readonly OfferView[] = [];

export class OfferReadModel {
  private readonly byId = new Map<string, OfferView>();
  /** Each commune's offers, kept as an array so that reads allocate nothing (the engine reads thousands). */
  private readonly byCommune = new Map<string, OfferView[]>();
  private changes = 0;

  constructor(offers: Iterable<OfferView> = []) {
    for (const offer of offers) this.put(offer);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Grows at every put and remove: caches of derived data (the map) compare it to know they are stale. */
  get version(): number {
    return this.changes;
  }

  get(id: string): OfferView | undefined {
    return this.byId.get(id);
  }

  put(offer: OfferView): void {
    const previous = this.byId.get(offer.id);
    this.changes += 1;
    if (previous) this.detach(previous);
    this.byId.set(offer.id, offer);
    // A new array each time: callers may hold the previous one while iterating.
    this.byCommune.set(offer.commune, [...(this.byCommune.get(offer.commune) ?? []), offer]);
  }

  remove(id: string): void {
    const previous = this.byId.get(id);
    if (!previous) return;
    this.changes += 1;
    this.byId.delete(id);
    this.detach(previous);
  }

  /** The commune's offers, in no particular order; the array must not be modified. */
  ofCommune(code: string): readonly OfferView[] {
    return this.byCommune.get(code) ?? NONE;
  }

  all(): IterableIterator<OfferView> {
    return this.byId.values();
  }

  private detach(offer: OfferView): void {
    const remaining = (this.byCommune.get(offer.commune) ?? []).filter((other) => other.id !== offer.id);
    if (remaining.length > 0) this.byCommune.set(offer.commune, remaining);
    else this.byCommune.delete(offer.commune);
  }
}
