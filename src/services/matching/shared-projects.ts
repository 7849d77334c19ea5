// The projects a commune may see ("Projets compatibles"): only those of active professionals who
// opted in (shareAnonymised), and only when the commune lies in the project's area, as the
// matching engine resolves it. Everything else about the person stays out of this module's output.
import { resolveArea } from '../../domain/matching/project-area';
import type { MatchingGeography } from '../../domain/matching/types';
import { UserModel } from '../../models/user';
import type { ProfessionalProfileInput, ProfessionalProfiles } from '../projects/professional-profiles';
import type { ProjectService } from '../projects/project-service';
import type { ProjectView } from '../projects/project-view';

export interface SharedProject {
  project: ProjectView;
  /** The owner's profession and status (the profile is needed to run the matching). */
  profile: ProfessionalProfileInput;
}

export interface SharedProjectsDeps {
  projects: Pick<ProjectService, 'get' | 'ofOwner'>;
  profiles: Pick<ProfessionalProfiles, 'ofOwners'>;
  geography: MatchingGeography;
}

export function createSharedProjects(deps: SharedProjectsDeps) {
  const inArea = (project: ProjectView, communeCode: string) =>
    resolveArea(project.area, deps.geography).communes.some((commune) => commune.code === communeCode);

  /** Profiles of the owners who opted in and whose account is active, by owner id. */
  const sharingProfiles = async (ownerIds: readonly string[]) => {
    const shared = new Map<string, ProfessionalProfileInput>();
    for (const [id, profile] of await deps.profiles.ofOwners(ownerIds))
      if (profile.shareAnonymised) shared.set(id, profile);
    return shared;
  };

  return {
    /** Every shared project whose area includes the commune. */
    async forCommune(communeCode: string): Promise<SharedProject[]> {
      // Candidates from the accounts that opted in; `ofOwners` then checks each one again (active, opted in).
      const candidates = await UserModel.find(
        { role: 'professionnel', 'professional.shareAnonymised': true },
        { _id: 1 },
      ).lean();
      const profiles = await sharingProfiles(candidates.map((user) => String(user._id)));
      const shared: SharedProject[] = [];
      for (const [ownerId, profile] of profiles)
        for (const project of deps.projects.ofOwner(ownerId))
          if (inArea(project, communeCode)) shared.push({ project, profile });
      return shared;
    },

    /** The project, if it is shared with this commune; undefined otherwise (unknown, private, elsewhere). */
    async visibleTo(projectId: string, communeCode: string): Promise<SharedProject | undefined> {
      const project = deps.projects.get(projectId);
      if (!project) return undefined;
      const profile = (await sharingProfiles([project.ownerId])).get(project.ownerId);
      if (!profile || !inArea(project, communeCode)) return undefined;
      return { project, profile };
    },
  };
}

export type SharedProjects = ReturnType<typeof createSharedProjects>;
