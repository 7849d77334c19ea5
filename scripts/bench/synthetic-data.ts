// The matching benchmark's France-scale dataset, written once into a scratch database: 20,000
// published offers spread by population, 1,000 professionals and 5,000 installation projects
// (commune + radius, département, région or all of France). Every professional shares one
// password, so that the benchmark can log in as any of them.
import { Types } from 'mongoose';
import type { Commune } from '../../src/domain/geo/types';
import type { MatchingProject } from '../../src/domain/matching/types';
import { OfferModel } from '../../src/models/offer';
import { ProjectModel } from '../../src/models/project';
import { UserModel } from '../../src/models/user';
import { UserEmailModel } from '../../src/models/user-email';
import { random, syntheticOffers } from './synthetic-offers';
import { operators } from '../../src/db/trusted-operators';

export const OFFERS = 20_000;
export const PROFESSIONALS = 1_000;
export const PROJECTS = 5_000;
export const BENCH_PASSWORD = 'banc d’essai accueil sante';
const BATCH = 500;

/** The scratch data folder of a dataset: data/bench-matching for the usual 20,000 offers. */
export const benchDataFolder = (offerCount: number) =>
  offerCount === OFFERS ? 'bench-matching' : `bench-matching-${offerCount}`;

export const benchEmail = (index: number) => `pro-${index}@banc.accueil-sante.example`;

/** Professionals who own one project of each measured area (and log in for the HTTP figures). */
export const MEASURING_PROFESSIONALS = 10;

/** The four kinds of area measured, in this order. */
export const measuredAreas = (
  regionCodes: readonly string[],
): { label: string; area: MatchingProject['area'] }[] => [
  { label: 'commune + 30 km (Dole)', area: { around: { commune: '39198', radiusKm: 30 } } },
  { label: 'département (Jura)', area: { departements: ['39'] } },
  { label: 'région (Bourgogne-Franche-Comté)', area: { regions: ['27'] } },
  { label: 'France', area: { regions: [...regionCodes] } },
];

/** A household wanting housing, childcare and a job for the partner: every criterion works. */
export const benchProject = (
  area: MatchingProject['area'],
): Omit<MatchingProject, 'profession' | 'status'> => ({
  area,
  start: { year: 2027, month: 1 },
  household: {
    partner: { sectors: ['Q', 'P'], contracts: [] },
    children: [{ birthYear: 2024, birthMonth: 5 }],
  },
  housing: { tenure: 'location', roomsMin: 3, budgetMax: 800, furnished: null },
  premises: { kinds: [] },
  importance: {
    housing: 'indispensable',
    childcare: 'important',
    spouseJob: 'important',
    premises: 'souhaitable',
    aid: 'souhaitable',
    need: 'souhaitable',
    distance: 'souhaitable',
  },
});

async function insertInBatches(insert: (batch: object[]) => Promise<unknown>, documents: object[]) {
  for (let from = 0; from < documents.length; from += BATCH)
    await insert(documents.slice(from, from + BATCH));
}

/**
 * Writes the dataset (`offerCount` offers) unless it is there already; returns the ids of the
 * projects measured. Another offer count needs a data folder of its own (see benchDataFolder).
 */
export async function ensureSyntheticData(
  communes: readonly Commune[],
  regionCodes: readonly string[],
  hash: (password: string) => Promise<string>,
  log: (line: string) => void,
  offerCount = OFFERS,
): Promise<{ ownerEmail: string; projectIds: string[] }[]> {
  const areas = measuredAreas(regionCodes);
  const measured = async () => {
    const emails = Array.from({ length: MEASURING_PROFESSIONALS }, (_, index) => benchEmail(index));
    const owners = await UserModel.find({ email: operators({ $in: emails }) })
      .select({ _id: 1, email: 1 })
      .lean();
    const projects = await ProjectModel.find({
      ownerId: operators({ $in: owners.map((owner) => owner._id) }),
    })
      .select({ _id: 1, ownerId: 1, name: 1 })
      .lean();
    return owners
      .sort((a, b) => a.email.localeCompare(b.email, 'en', { numeric: true }))
      .map((owner) => ({
        ownerEmail: owner.email,
        projectIds: areas.map((_, index) =>
          String(
            projects.find((p) => String(p.ownerId) === String(owner._id) && p.name === `Mesure ${index}`)
              ?._id,
          ),
        ),
      }));
  };
  if ((await UserEmailModel.findById(benchEmail(0)).lean()) !== null) return measured();

  const started = performance.now();
  log(
    `Writing the benchmark dataset (${offerCount} offers, ${PROFESSIONALS} professionals, ${PROJECTS} projects)…`,
  );
  const offers = syntheticOffers(communes, offerCount).map(({ id, ...offer }) => ({
    _id: new Types.ObjectId(id),
    ...offer,
  }));
  await insertInBatches((batch) => OfferModel.insertMany(batch), offers);

  const passwordHash = await hash(BENCH_PASSWORD);
  const next = random(7);
  const owners = Array.from({ length: PROFESSIONALS }, (_, index) => ({
    _id: new Types.ObjectId(),
    email: benchEmail(index),
    name: `Professionnel ${index}`,
    role: 'professionnel',
    status: 'actif',
    passwordHash,
    emailVerifiedAt: new Date(),
    professional: {
      profession: 'medecin-generaliste',
      practiceMode: 'liberal',
      status: 'installe',
      shareAnonymised: next() < 0.5,
    },
  }));
  await insertInBatches((batch) => UserModel.insertMany(batch), owners);
  await insertInBatches(
    (batch) => UserEmailModel.insertMany(batch),
    owners.map((owner) => ({ _id: owner.email, userId: owner._id })),
  );

  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const ownerAt = (index: number) => (owners[index] as (typeof owners)[number])._id;
  // The first ones are measured: each measuring professional owns one project per measured area.
  const measuredCount = MEASURING_PROFESSIONALS * areas.length;
  const projects = Array.from({ length: PROJECTS }, (_, index) => {
    if (index < measuredCount) {
      const areaIndex = Math.floor(index / MEASURING_PROFESSIONALS);
      return {
        ownerId: ownerAt(index % MEASURING_PROFESSIONALS),
        name: `Mesure ${areaIndex}`,
        ...benchProject((areas[areaIndex] ?? areas[0])?.area ?? {}),
      };
    }
    const commune = pick(communes);
    const area = pick([
      { around: { commune: commune.code, radiusKm: 30 } },
      { departements: [commune.departement] },
      { regions: [commune.region] },
      { regions: [...regionCodes] },
    ]);
    return { ownerId: ownerAt(index % PROFESSIONALS), name: `Projet ${index}`, ...benchProject(area) };
  });
  await insertInBatches((batch) => ProjectModel.insertMany(batch), projects);
  log(`  written in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return measured();
}
