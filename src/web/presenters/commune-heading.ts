// The commune named at the top of its staff's pages (its code when the directory does not know it).
import type { CommuneDirectory } from '../../services/geography/commune-directory';

export function presentCommuneHeading(code: string, communes: Pick<CommuneDirectory, 'details'>) {
  const commune = communes.details(code);
  return {
    code,
    nom: commune?.nom ?? code,
    label: commune ? `${commune.nom} (${commune.departement.code})` : code,
  };
}
