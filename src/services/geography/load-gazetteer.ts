import { Gazetteer } from '../../domain/geo/gazetteer';
import type { Commune } from '../../domain/geo/types';
import { CommuneModel } from '../../models/commune';
import { DepartementModel } from '../../models/departement';
import { EpciModel } from '../../models/epci';
import { RegionModel } from '../../models/region';

/** Builds the in-memory gazetteer from the database, the store of record. */
export async function loadGazetteer(): Promise<Gazetteer> {
  const [regions, departements, epcis, communes] = await Promise.all([
    RegionModel.find().lean(),
    DepartementModel.find().lean(),
    EpciModel.find().lean(),
    CommuneModel.find().lean(),
  ]);
  return new Gazetteer({
    regions: regions.map(({ _id, ...rest }) => ({ code: _id, ...rest })),
    departements: departements.map(({ _id, ...rest }) => ({ code: _id, ...rest })),
    epcis: epcis.map(({ _id, ...rest }) => ({ code: _id, ...rest })),
    communes: communes.map(({ _id, ...rest }): Commune => ({ code: _id, ...rest, epci: rest.epci ?? null })),
  });
}
