// Distance to the project's centre: quality 1 at the centre, falling linearly to 0 at the radius.
// Never a reason to leave a commune out, even when "indispensable".
import type { Assessment } from '../assessment';

export function distanceQuality(distanceKm: number, radiusKm: number): number {
  if (radiusKm <= 0) return distanceKm <= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, 1 - distanceKm / radiusKm));
}

export function assessDistance(distanceKm: number, radiusKm: number, centreName: string | null): Assessment {
  return {
    relevant: true,
    quality: distanceQuality(distanceKm, radiusKm),
    met: 'oui',
    offers: [],
    finding: { criterion: 'distance', distanceKm, radiusKm, centreName },
  };
}
