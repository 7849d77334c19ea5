// Match results kept from request to request: a professional reloads the results page, pages
// through it, filters it, and every one of these costs a search of the project's area (France:
// all the communes with offers). A result holds until what it derives from changes: the offers,
// the communes' stated needs or the zoning (their read models' versions, which move on every
// instance that applies a change) — or until an offer's time comes (it expires, or becomes
// "disponible maintenant"), whichever is first.
import type { MatchingOptions, MatchingProject, MatchResult } from '../../domain/matching/types';
import { ReadModelCache } from '../map/read-model-cache';
import type { OfferReadModel } from '../offers/offer-read-model';

/**
 * Results kept. A first page holds 15 communes with their explanations and the offers found:
 * 20 kB (commune + 30 km) to 56 kB (France) as JSON, offers included, at 20,000 offers; the
 * offers and communes are the read models' own objects, not copies. 300 results stay under about
 * 15 MB, enough for the projects consulted in the last minutes.
 */
export const MATCH_RESULTS_KEPT = 300;

/** The versions a result derives from; any move makes every result be computed again. */
export interface MatchingInputs {
  offers: Pick<OfferReadModel, 'version' | 'all'>;
  needs: { readonly version: number };
  zoning?: { readonly version: number };
  /** The partners' aid schemes: a scheme published, edited or archived changes the packages. */
  schemes?: { readonly version: number };
}

export class MatchResults {
  private readonly results: ReadModelCache<MatchResult>;
  /** The next time an offer expires or becomes available, for one version of the offers. */
  private nextEvent: { version: number; from: number; at: number | null } | undefined;
  private now = new Date();

  constructor(
    private readonly inputs: MatchingInputs,
    maxResults = MATCH_RESULTS_KEPT,
  ) {
    const { offers, needs, zoning, schemes } = inputs;
    this.results = new ReadModelCache(
      () => `${offers.version}|${needs.version}|${zoning?.version ?? ''}|${schemes?.version ?? ''}`,
      () => this.now,
      maxResults,
    );
  }

  /** `search`'s result for the project and options, computed once while it holds. */
  get(project: MatchingProject, options: MatchingOptions, search: () => MatchResult): MatchResult {
    const { now, eligibleOffers: _kept, ...rest } = options;
    this.now = now;
    // The whole project (and not only its criteria): a field added to projects can never be missed.
    const key = JSON.stringify([project, rest]);
    return this.results.get(key, () => ({ value: search(), validUntil: this.nextEventAfter(now) }));
  }

  /**
   * The first time after `now` at which an offer expires or becomes available: until then, every
   * offer is eligible (and worded) as it is at `now`. One pass over the offers per version of
   * the read model and per event passed.
   */
  private nextEventAfter(now: Date): Date | null {
    const time = now.getTime();
    const { version } = this.inputs.offers;
    const known = this.nextEvent;
    if (known?.version === version && known.from <= time && (known.at === null || time < known.at))
      return known.at === null ? null : new Date(known.at);
    let at: number | null = null;
    for (const offer of this.inputs.offers.all()) {
      if (offer.status !== 'publiee') continue;
      for (const date of [offer.expiresAt, offer.availableFrom]) {
        const when = date?.getTime();
        if (when !== undefined && when > time && (at === null || when < at)) at = when;
      }
    }
    this.nextEvent = { version, from: time, at };
    return at === null ? null : new Date(at);
  }
}
