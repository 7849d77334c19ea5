// Commune lookups for the pages and the API, answered from the in-memory gazetteer.
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { toSearchKey } from '../../domain/geo/search-text';
import type { Commune, PositionPrecision } from '../../domain/geo/types';

const PRECISION_LABELS: Record<PositionPrecision, string> = {
  exacte: 'Position exacte (GeoNames)',
  'ancienne-commune': 'Position estimée : centre d’une commune déléguée (GeoNames)',
  'code-postal': 'Position estimée : centre des communes du même code postal',
  epci: 'Position estimée : centre des communes de l’intercommunalité',
  departement: 'Position estimée : chef-lieu du département',
};

export interface CommuneSummary {
  code: string;
  nom: string;
  departementCode: string;
  departementNom: string;
  regionNom: string;
  codesPostaux: string[];
  population: number;
  latitude: number;
  longitude: number;
}

export interface CommuneDetails extends Omit<Commune, 'departement' | 'region' | 'epci'> {
  departement: { code: string; nom: string };
  region: { code: string; nom: string };
  epci: { code: string; nom: string; type: string } | null;
  precisionLabel: string;
  precisionIsExact: boolean;
}

export interface CommuneSearch {
  results: CommuneSummary[];
  total: number;
}

export function createCommuneDirectory(gazetteer: Gazetteer) {
  const summarise = (commune: Commune): CommuneSummary => ({
    code: commune.code,
    nom: commune.nom,
    departementCode: commune.departement,
    departementNom: gazetteer.departement(commune.departement)?.nom ?? commune.departement,
    regionNom: gazetteer.region(commune.region)?.nom ?? commune.region,
    codesPostaux: commune.codesPostaux,
    population: commune.population,
    latitude: commune.latitude,
    longitude: commune.longitude,
  });

  return {
    communeCount: (): number => gazetteer.communeCount,

    search(query: string, limit: number): CommuneSearch {
      const { communes, total } = gazetteer.search(query, limit);
      return { results: communes.map(summarise), total };
    },

    /**
     * The commune a person typed or picked: "Dole (39)" (the autocomplete's label), an INSEE code,
     * or a name that only one commune bears. Otherwise the candidates, to ask which one.
     */
    resolve(text: string): { commune: CommuneSummary } | { candidates: CommuneSummary[] } {
      const labelled = /^(.+?)\s*\((\w{2,3})\)$/.exec(text.trim());
      const byCode = gazetteer.commune(text.trim());
      if (byCode) return { commune: summarise(byCode) };
      const { communes } = gazetteer.search(labelled?.[1] ?? text, 20);
      const sameName = communes.filter((c) => toSearchKey(c.nom) === toSearchKey(labelled?.[1] ?? text));
      const exact = labelled
        ? sameName.filter((c) => c.departement === labelled[2]?.toUpperCase())
        : sameName;
      if (exact.length === 1 && exact[0]) return { commune: summarise(exact[0]) };
      return { candidates: (exact.length > 1 ? exact : communes).slice(0, 5).map(summarise) };
    },

    details(code: string): CommuneDetails | undefined {
      const commune = gazetteer.commune(code);
      if (!commune) return undefined;
      const epci = commune.epci ? gazetteer.epci(commune.epci) : undefined;
      return {
        ...commune,
        departement: {
          code: commune.departement,
          nom: gazetteer.departement(commune.departement)?.nom ?? '',
        },
        region: { code: commune.region, nom: gazetteer.region(commune.region)?.nom ?? '' },
        epci: epci ? { code: epci.code, nom: epci.nom, type: epci.type } : null,
        precisionLabel: PRECISION_LABELS[commune.positionPrecision],
        precisionIsExact: commune.positionPrecision === 'exacte',
      };
    },
  };
}

export type CommuneDirectory = ReturnType<typeof createCommuneDirectory>;
