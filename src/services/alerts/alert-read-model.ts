// Every alert in memory (one per project at most): the publication hook looks at all of them.
import { AlertModel } from '../../models/alert';

export interface AlertView {
  projectId: string;
  ownerId: string;
  threshold: number;
  createdAt: Date;
}

export class AlertReadModel {
  private readonly byProject = new Map<string, AlertView>();

  get(projectId: string): AlertView | undefined {
    return this.byProject.get(projectId);
  }

  put(alert: AlertView): void {
    this.byProject.set(alert.projectId, alert);
  }

  remove(projectId: string): void {
    this.byProject.delete(projectId);
  }

  all(): IterableIterator<AlertView> {
    return this.byProject.values();
  }
}

export const toAlertView = (stored: {
  _id: string;
  ownerId: unknown;
  threshold: number;
  createdAt: Date;
}): AlertView => ({
  projectId: stored._id,
  ownerId: String(stored.ownerId),
  threshold: stored.threshold,
  createdAt: stored.createdAt,
});

export async function loadAlertReadModel(model: AlertReadModel): Promise<void> {
  for (const stored of await AlertModel.find().lean()) model.put(toAlertView(stored));
}
