// The projects a commune may see ("Projets compatibles"): only those of active professionals who
// opted in (shareAnonymised), only when the commune lies in the project's area, as the matching
// engine resolves it, and not once the project ended in a confirmed installation. Everything else about the person stays out of this module's output.
import { areaIncludes } from '../../domain/matching/project-area';
import type { MatchingGeography } from '../../domain/matching/types';
import type { ProfessionalProfileInput, ProfessionalProfiles } from '../projects/professional-profiles';
import type { ProjectService } from '../projects/project-service';
import type { ProjectView } from '../projects/project-view';
import type { IsSettled } from '../contacts/settled-projects';

export interface SharedProject {
  project: ProjectView;
  /** The owner's profession and status (the profile is needed to run the matching). */
  profile: ProfessionalProfileInput;
}

export interface SharedProjectsDeps {
  projects: Pick<ProjectService, 'get' | 'all'>;
  profiles: Pick<ProfessionalProfiles, 'sharedBy'>;
  geography: MatchingGeography;
  /** A project whose installation was confirmed is no longer shown to communes. */
  settled?: IsSettled;
}

export function createSharedProjects(deps: SharedProjectsDeps) {
  const inArea = (project: ProjectView, communeCode: string) => {
    if (deps.settled?.(project)) return false;
    const commune = deps.geography.commune(communeCode);
    return commune !== undefined && areaIncludes(project.area, commune, deps.geography);
  };

  return {
    /** Every shared project whose area includes the commune: projects from memory, owners in one query. */
    async forCommune(communeCode: string): Promise<SharedProject[]> {
      const inAreaProjects = [...deps.projects.all()].filter((project) => inArea(project, communeCode));
      if (inAreaProjects.length === 0) return [];
      const profiles = await deps.profiles.sharedBy(inAreaProjects.map((project) => project.ownerId));
      return inAreaProjects.flatMap((project) => {
        const profile = profiles.get(project.ownerId);
        return profile ? [{ project, profile }] : [];
      });
    },

    /** The project, if it is shared with this commune; undefined otherwise (unknown, private, elsewhere). */
    async visibleTo(projectId: string, communeCode: string): Promise<SharedProject | undefined> {
      const project = deps.projects.get(projectId);
      if (!project || !inArea(project, communeCode)) return undefined;
      const profile = (await deps.profiles.sharedBy([project.ownerId])).get(project.ownerId);
      return profile && { project, profile };
    },
  };
}

export type SharedProjects = ReturnType<typeof createSharedProjects>;
