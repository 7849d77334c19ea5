// The routes an Express 5 app declares (with their access declarations), to test rules on every one.
export { type DeclaredRoute, routeTable } from '../../src/web/access/route-table';

/** A concrete URL for a route pattern: unknown ids, a known commune, a real offer type. */
export function sampleUrl(path: string): string {
  return path
    .replace(':id', '000000000000000000000000')
    .replace(':code', '39198')
    .replace(':type', 'logement')
    .replace(':role', 'professionnel')
    .replace(':token', 'jeton-inconnu');
}
