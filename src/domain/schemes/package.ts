// The package of a commune for a project: the commune's own aid offers stacked with every partner
// scheme that applies to this professional there, each line naming who grants it, with the totals
// (first year, whole duration) and every commitment asked in return. Pure and deterministic: the
// same answer whatever the order of offers and schemes, `now` passed in.
import { isEligible } from '../matching/eligibility';
import { ofPlace } from '../matching/french';
import { detailNumber, detailText } from '../matching/offer-details';
import { AUDIENCE_OF_STATUS, type MatchingOffer } from '../matching/types';
import { type AidValue, aidValue } from './aid-value';
import type { Grantor, Scheme, SchemeCommitment } from './scheme';
import { type PackageCommune, type PackageProject, schemeFit } from './scheme-applicability';

export interface PackageLine {
  source: 'offre' | 'dispositif';
  /** The offer's or the scheme's id. */
  id: string;
  title: string;
  grantor: Grantor;
  value: AidValue;
  commitment: SchemeCommitment | null;
  /** The scheme's official page; null for a commune's offer (its page is the offer's own). */
  officialUrl: string | null;
}

export interface PackageTotals {
  firstYearEur: number;
  wholeEur: number;
  /** Some line counts an "up to" amount at its maximum. */
  includesCeilings: boolean;
  /** Some line is paid until an event: its whole value is at least what is counted. */
  includesOpenEnded: boolean;
  /** Lines whose amount is not published (counted 0). */
  unknownAmounts: number;
}

/** A commitment of the package, with the line that asks it. */
export interface PackageCommitment {
  lineId: string;
  title: string;
  grantor: Grantor;
  commitment: SchemeCommitment;
}

export interface CommunePackage {
  /** Worth most first. */
  lines: PackageLine[];
  /** Schemes left out because the package keeps a better one of the same exclusive group. */
  alternatives: PackageLine[];
  totals: PackageTotals;
  /** Longest first. */
  commitments: PackageCommitment[];
}

export interface PackageInput {
  project: PackageProject;
  commune: PackageCommune;
  /** The commune's own offers, of any type and status: only its eligible aid offers count. */
  offers: readonly MatchingOffer[];
  /** Every scheme, of any status: only those that apply count. */
  schemes: readonly Scheme[];
  now: Date;
}

function offerLine(offer: MatchingOffer, commune: PackageCommune): PackageLine {
  const eur = Math.max(0, detailNumber(offer, 'amountEur'));
  const months = detailNumber(offer, 'commitmentMonths');
  return {
    source: 'offre',
    id: offer.id,
    title: offer.title,
    grantor: {
      name: detailText(offer, 'funder').trim() || `Commune ${ofPlace(commune.nom)}`,
      kind: 'commune',
    },
    value: { firstYearEur: eur, wholeEur: eur, bound: 'exact' },
    commitment: months > 0 ? { months, atLeast: false, place: 'commune', zones: [] } : null,
    officialUrl: null,
  };
}

const schemeLine = (scheme: Scheme): PackageLine => ({
  source: 'dispositif',
  id: scheme.id,
  title: scheme.title,
  grantor: scheme.grantor,
  value: aidValue(scheme.amount),
  commitment: scheme.commitment,
  officialUrl: scheme.officialUrl,
});

/** Worth most over the whole, then in the first year, then commune offers, then by id. */
const byWorth = (a: PackageLine, b: PackageLine): number =>
  b.value.wholeEur - a.value.wholeEur ||
  b.value.firstYearEur - a.value.firstYearEur ||
  (a.source === b.source ? 0 : a.source === 'offre' ? -1 : 1) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function totalsOf(lines: readonly PackageLine[]): PackageTotals {
  return {
    firstYearEur: lines.reduce((sum, line) => sum + line.value.firstYearEur, 0),
    wholeEur: lines.reduce((sum, line) => sum + line.value.wholeEur, 0),
    includesCeilings: lines.some((line) => line.value.bound === 'plafond'),
    includesOpenEnded: lines.some((line) => line.value.bound === 'au-moins'),
    unknownAmounts: lines.filter((line) => line.value.bound === 'inconnu').length,
  };
}

export function communePackage({ project, commune, offers, schemes, now }: PackageInput): CommunePackage {
  const audience = AUDIENCE_OF_STATUS[project.status];
  const own = offers
    .filter(
      (offer) =>
        offer.commune === commune.code &&
        offer.type === 'aide-financiere' &&
        isEligible(offer, project.profession, audience, now),
    )
    .map((offer) => offerLine(offer, commune));

  // Of each exclusive group, the scheme worth most is kept (schemes sorted best first).
  const applying = schemes
    .filter((scheme) => schemeFit(scheme, project, commune, now).applies)
    .map((scheme) => ({ scheme, line: schemeLine(scheme) }))
    .sort((a, b) => byWorth(a.line, b.line));
  const keptGroups = new Set<string>();
  const kept: PackageLine[] = [];
  const alternatives: PackageLine[] = [];
  for (const { scheme, line } of applying) {
    const group = scheme.exclusiveGroup;
    if (group !== null && keptGroups.has(group)) alternatives.push(line);
    else {
      if (group !== null) keptGroups.add(group);
      kept.push(line);
    }
  }

  const lines = [...own, ...kept].sort(byWorth);
  const commitments = lines
    .flatMap((line) =>
      line.commitment
        ? [{ lineId: line.id, title: line.title, grantor: line.grantor, commitment: line.commitment }]
        : [],
    )
    .sort(
      (a, b) =>
        b.commitment.months - a.commitment.months || (a.lineId < b.lineId ? -1 : a.lineId > b.lineId ? 1 : 0),
    );
  return { lines, alternatives, totals: totalsOf(lines), commitments };
}
