// Match results kept from request to request: a professional reloads the results page, pages
// through it, filters it, and every one of these costs a search of the project's area (France:
// all the communes with offers). A result holds until what it derives from changes: the offers,
// the communes' stated needs, the zoning or the partners' schemes (their read models' versions,
// which move on every instance that applies a change) — or until an offer's or a scheme's time
// comes (an offer expires or becomes "disponible maintenant", a scheme starts or ends), whichever
// is first.
import type { MatchingOptions, MatchingProject, MatchResult } from '../../domain/matching/types';
import { ReadModelCache } from '../map/read-model-cache';
import type { OfferReadModel } from '../offers/offer-read-model';
import type { SchemeReadModel } from '../schemes/scheme-read-model';

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
  schemes?: Pick<SchemeReadModel, 'version' | 'inIdOrder'>;
}

export class MatchResults {
  private readonly results: ReadModelCache<MatchResult>;
  /** The next time an offer or a scheme starts or ends, for one version of the offers and schemes. */
  private nextEvent: { version: string; from: number; at: number | null } | undefined;
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
   * The first time after `now` at which an offer expires or becomes available, or a scheme starts
   * or ends: until then, every offer and scheme applies (and is worded) as it does at `now`. One
   * pass over the offers and schemes per version of their read models and per event passed.
   */
  private nextEventAfter(now: Date): Date | null {
    const time = now.getTime();
    const { offers, schemes } = this.inputs;
    const version = `${offers.version}|${schemes?.version ?? ''}`;
    const known = this.nextEvent;
    if (known?.version === version && known.from <= time && (known.at === null || time < known.at))
      return known.at === null ? null : new Date(known.at);
    let at: number | null = null;
    const consider = (date: Date | null | undefined) => {
      const when = date?.getTime();
      if (when !== undefined && when > time && (at === null || when < at)) at = when;
    };
    for (const offer of offers.all()) {
      if (offer.status !== 'publiee') continue;
      consider(offer.expiresAt);
      consider(offer.availableFrom);
    }
    for (const scheme of schemes?.inIdOrder() ?? []) {
      if (scheme.status !== 'publie') continue;
      consider(scheme.validFrom);
      consider(scheme.validUntil);
    }
    this.nextEvent = { version, from: time, at };
    return at === null ? null : new Date(at);
  }
}
