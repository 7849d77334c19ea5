// « Installations et maintien » of a commune's space: its published figures, or why there are none yet.
import type { CommuneRetention } from '../../domain/statistics/commune-retention';

export function presentCommuneRetention(retention: CommuneRetention) {
  if (!retention.shown) return { shown: false };
  return {
    shown: true,
    installations: retention.installations,
    answered: retention.answered,
    rows: retention.checkIns.map((figures) => ({ label: `${String(figures.checkIn)} mois`, ...figures })),
  };
}
