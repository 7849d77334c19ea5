// A commune's package (its own aid offers and the partner schemes that apply) as the results card
// and the comparison table show it: each line with who grants it, its value and its commitment,
// a link (the offer's page, or the scheme's official page), then the totals and every commitment.
import type { CommunePackage, PackageLine } from '../../domain/schemes/package';
import { commitmentPhrase, totalsPhrase, valuePhrase } from '../../domain/schemes/package-wording';

const presentLine = (line: PackageLine, communeNom: string) => ({
  title: line.title,
  grantor: line.grantor.name,
  value: valuePhrase(line.value),
  commitment: line.commitment
    ? `engagement de ${commitmentPhrase(line.commitment, communeNom)}`
    : 'sans engagement',
  href: line.officialUrl ?? `/offres/${line.id}`,
  external: line.officialUrl !== null,
  scheme: line.source === 'dispositif',
});

export function presentPackage(pack: CommunePackage, communeNom: string) {
  return {
    empty: pack.lines.length === 0,
    hasSchemes: pack.lines.some((line) => line.source === 'dispositif'),
    lines: pack.lines.map((line) => presentLine(line, communeNom)),
    total: pack.lines.length === 0 ? 'aucune aide' : totalsPhrase(pack.totals),
    commitments: pack.commitments.map(
      (entry) => `${commitmentPhrase(entry.commitment, communeNom)} (${entry.title}, ${entry.grantor.name})`,
    ),
    alternatives: pack.alternatives.map((line) => presentLine(line, communeNom)),
  };
}
