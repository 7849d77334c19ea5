// Every offer in memory, indexed by id and commune: "Mes offres", the public search and the
// commune pages read from here; the database stays the store of record (every write goes there first).
import type { OfferView } from './offer-view';

export class OfferReadModel {
  private readonly byId = new Map<string, OfferView>();
  private readonly idsByCommune = new Map<string, Set<string>>();

  constructor(offers: Iterable<OfferView> = []) {
    for (const offer of offers) this.put(offer);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): OfferView | undefined {
    return this.byId.get(id);
  }

  put(offer: OfferView): void {
    const previous = this.byId.get(offer.id);
    if (previous && previous.commune !== offer.commune)
      this.idsByCommune.get(previous.commune)?.delete(offer.id);
    this.byId.set(offer.id, offer);
    let ids = this.idsByCommune.get(offer.commune);
    if (!ids) this.idsByCommune.set(offer.commune, (ids = new Set()));
    ids.add(offer.id);
  }

  remove(id: string): void {
    const previous = this.byId.get(id);
    if (!previous) return;
    this.byId.delete(id);
    this.idsByCommune.get(previous.commune)?.delete(id);
  }

  ofCommune(code: string): OfferView[] {
    return [...(this.idsByCommune.get(code) ?? [])].flatMap((id) => this.byId.get(id) ?? []);
  }

  all(): IterableIterator<OfferView> {
    return this.byId.values();
  }
}
