// An installation project as the services and pages use it.
import type { Criterion, Importance, MatchingProject } from '../../domain/matching/types';
import type { ProjectDocument } from '../../models/project';

/** What the professional fills in (the profession and status come from their profile). */
export interface ProjectInput {
  name: string;
  area: MatchingProject['area'];
  start: MatchingProject['start'];
  household: MatchingProject['household'];
  housing: MatchingProject['housing'];
  premises: MatchingProject['premises'];
  importance: Record<Criterion, Importance>;
}

export interface ProjectView extends ProjectInput {
  id: string;
  ownerId: string;
  favorites: string[];
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export function toProjectView(stored: unknown): ProjectView {
  const project = stored as ProjectDocument;
  const around = project.area.around;
  return {
    id: String(project._id),
    ownerId: String(project.ownerId),
    name: project.name,
    area: {
      communes: [...project.area.communes],
      departements: [...project.area.departements],
      regions: [...project.area.regions],
      around: around?.commune ? { commune: around.commune, radiusKm: Number(around.radiusKm) } : null,
    },
    start: { year: project.start.year, month: project.start.month },
    household: {
      partner: project.household.partner
        ? {
            sectors: [...project.household.partner.sectors],
            contracts: [...project.household.partner.contracts],
          }
        : null,
      children: project.household.children.map((child) => ({
        birthYear: Number(child.birthYear),
        birthMonth: Number(child.birthMonth),
      })),
    } as MatchingProject['household'],
    housing: project.housing
      ? {
          tenure: project.housing.tenure,
          roomsMin: project.housing.roomsMin,
          budgetMax: project.housing.budgetMax ?? null,
          furnished: project.housing.furnished ?? null,
        }
      : null,
    premises: project.premises
      ? ({ kinds: [...project.premises.kinds] } as MatchingProject['premises'])
      : null,
    importance: project.importance as Record<Criterion, Importance>,
    favorites: [...project.favorites],
    revision: project.revision,
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
  };
}
