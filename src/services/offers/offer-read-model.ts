// Every offer in memory, indexed by id and commune: "Mes offres", the public search and the
// commune pages read from here; the database stays the store of record (every write goes there first).
import { type OfferDocument, OfferModel } from '../../models/offer';
import { ReadModel } from '../read-models/read-model';
import { type OfferView, toOfferView } from './offer-view';

/** Told of every change applied (this instance's writes, other instances', reconciliations). */
export type OfferChangeListener = (id: string, offer: OfferView | undefined) => void;

export class OfferReadModel extends ReadModel<OfferView, 'commune'> {
  private listeners: OfferChangeListener[] | undefined;

  constructor(offers: Iterable<OfferView> = []) {
    super(
      {
        name: 'offers',
        model: OfferModel as never,
        toView: (stored: OfferDocument) => toOfferView(stored),
        idOf: (offer) => offer.id,
        keys: { commune: (offer) => offer.commune },
        revisionOf: (offer) => offer.revision,
      },
      offers,
    );
  }

  /** Derived indexes (the public search) follow every change from here. */
  onChange(listener: OfferChangeListener): void {
    this.listeners = [...(this.listeners ?? []), listener];
  }

  protected override applied(
    id: string,
    _previous: OfferView | undefined,
    next: OfferView | undefined,
  ): void {
    // Undefined while the base constructor applies the first views: no listener can exist yet.
    for (const listener of this.listeners ?? []) listener(id, next);
  }

  /** The commune's offers, in no particular order; the array must not be modified. */
  ofCommune(code: string): readonly OfferView[] {
    return this.list('commune', code);
  }
}
