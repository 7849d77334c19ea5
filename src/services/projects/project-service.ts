// A professional's installation projects. Every method takes the owner's id: another person's
// project is "not found". Reads come from memory (the commune side scans every shared project).
import { Types } from 'mongoose';
import { ProjectModel } from '../../models/project';
import { ReadModel } from '../read-models/read-model';
import { type ProjectInput, type ProjectView, toProjectView } from './project-view';

export type ProjectWriteResult =
  | { ok: true; project: ProjectView }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'conflict'; current: ProjectView };

/** Every project in memory, by id and owner: the professional's pages and the commune side read them. */
export class ProjectReadModel extends ReadModel<ProjectView, 'owner'> {
  constructor() {
    super({
      name: 'projects',
      model: ProjectModel as never,
      toView: toProjectView,
      idOf: (project) => project.id,
      keys: { owner: (project) => project.ownerId },
      revisionOf: (project) => project.revision,
    });
  }

  ofOwner(ownerId: string): ProjectView[] {
    return [...this.list('owner', ownerId)];
  }
}

export const MAX_PROJECTS_PER_PERSON = 10;

export type ProjectCreationRefusal = 'no-profile' | 'too-many';

/** `onRemoved` erases what other services keep about a deleted project (the communes' proposals). */
export function createProjectService(
  readModel: ProjectReadModel,
  onRemoved: (projectId: string) => Promise<void> = async () => undefined,
) {
  const owned = (ownerId: string, id: string) => {
    const project = readModel.get(id);
    return project && project.ownerId === ownerId ? project : undefined;
  };

  const writeIfCurrent = async (
    current: ProjectView,
    expectedRevision: number,
    changes: Record<string, unknown>,
  ): Promise<ProjectWriteResult> => {
    const stored = await ProjectModel.findOneAndUpdate(
      { _id: current.id, revision: expectedRevision },
      { $set: changes, $inc: { revision: 1 } },
      { returnDocument: 'after' },
    ).lean();
    if (!stored) {
      const latest = await ProjectModel.findById(current.id).lean();
      if (!latest) return { ok: false, reason: 'not-found' };
      readModel.refresh(toProjectView(latest));
      return { ok: false, reason: 'conflict', current: toProjectView(latest) };
    }
    const project = toProjectView(stored);
    readModel.put(project);
    return { ok: true, project };
  };

  return {
    get: (id: string) => readModel.get(id),
    getOwned: owned,
    all: () => readModel.all(),

    ofOwner(ownerId: string): ProjectView[] {
      return readModel.ofOwner(ownerId).sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
    },

    canCreate(ownerId: string): boolean {
      return this.ofOwner(ownerId).length < MAX_PROJECTS_PER_PERSON;
    },

    /** Why this professional cannot start a project now (the matching needs their profile), or null. */
    creationRefusal(owner: { id: string; professional: object | null }): ProjectCreationRefusal | null {
      if (!owner.professional) return 'no-profile';
      return this.canCreate(owner.id) ? null : 'too-many';
    },

    async create(ownerId: string, input: ProjectInput): Promise<ProjectView> {
      // The domain's readonly arrays are plain arrays to mongoose.
      const document: Record<string, unknown> = {
        ...input,
        ownerId: new Types.ObjectId(ownerId),
        favorites: [],
        revision: 1,
      };
      const stored = await ProjectModel.create(document);
      const project = toProjectView(stored.toObject());
      readModel.put(project);
      return project;
    },

    async update(
      ownerId: string,
      id: string,
      expectedRevision: number,
      input: ProjectInput,
    ): Promise<ProjectWriteResult> {
      const current = owned(ownerId, id);
      if (!current) return { ok: false, reason: 'not-found' };
      return writeIfCurrent(current, expectedRevision, { ...input });
    },

    async setFavorite(
      ownerId: string,
      id: string,
      communeCode: string,
      favorite: boolean,
    ): Promise<ProjectWriteResult> {
      const current = owned(ownerId, id);
      if (!current) return { ok: false, reason: 'not-found' };
      const favorites = current.favorites.filter((code) => code !== communeCode);
      if (favorite) favorites.push(communeCode);
      return writeIfCurrent(current, current.revision, { favorites });
    },

    async remove(ownerId: string, id: string): Promise<boolean> {
      if (!owned(ownerId, id)) return false;
      await ProjectModel.deleteOne({ _id: id });
      readModel.remove(id);
      await onRemoved(id);
      return true;
    },

    /** On account deletion: the person's projects go with their personal data. */
    async removeAllOf(ownerId: string): Promise<void> {
      for (const project of this.ofOwner(ownerId)) await this.remove(ownerId, project.id);
    },
  };
}

export type ProjectService = ReturnType<typeof createProjectService>;
