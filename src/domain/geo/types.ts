// Reference geography as the rest of the application sees it.

/** How a commune's point was obtained, from the most to the least precise. */
export const POSITION_PRECISIONS = [
  'exacte',
  'ancienne-commune',
  'code-postal',
  'epci',
  'departement',
] as const;
export type PositionPrecision = (typeof POSITION_PRECISIONS)[number];

export interface LatLon {
  latitude: number;
  longitude: number;
}

export interface Region {
  code: string;
  nom: string;
  chefLieu: string;
}

export interface Departement {
  code: string;
  nom: string;
  region: string;
  chefLieu: string;
}

export interface Epci {
  /** SIREN number. */
  code: string;
  nom: string;
  type: string;
  population: number;
}

export interface Commune extends LatLon {
  /** INSEE code, e.g. 39198 (Dole) or 2A004 (Ajaccio). */
  code: string;
  nom: string;
  departement: string;
  region: string;
  epci: string | null;
  population: number;
  codesPostaux: string[];
  positionPrecision: PositionPrecision;
}

export interface Geography {
  regions: Region[];
  departements: Departement[];
  epcis: Epci[];
  communes: Commune[];
}
