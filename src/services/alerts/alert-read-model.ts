// Every alert in memory (one per project at most): the publication hook looks at all of them.
import { AlertModel } from '../../models/alert';
import { ReadModel } from '../read-models/read-model';

export interface AlertView {
  projectId: string;
  ownerId: string;
  threshold: number;
  createdAt: Date;
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

export class AlertReadModel extends ReadModel<AlertView, 'owner'> {
  constructor() {
    super({
      name: 'alerts',
      model: AlertModel as never,
      toView: toAlertView,
      idOf: (alert) => alert.projectId,
      keys: { owner: (alert) => alert.ownerId },
    });
  }

  ofOwner(ownerId: string): readonly AlertView[] {
    return this.list('owner', ownerId);
  }
}
