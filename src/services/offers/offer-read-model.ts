// Every offer in memory, indexed by id and commune: "Mes offres", the public search and the
// commune pages read from here; the database stays the store of record (every write goes there first).
import { type OfferDocument, OfferModel } from '../../models/offer';
import { ReadModel } from '../read-models/read-model';
import { type OfferView, toOfferView } from './offer-view';

export class OfferReadModel extends ReadModel<OfferView, 'commune'> {
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

  /** The commune's offers, in no particular order; the array must not be modified. */
  ofCommune(code: string): readonly OfferView[] {
    return this.list('commune', code);
  }
}
