// Lists the routes an Express 5 app declares, to test rules on every one of them.
import type { Express } from 'express';

export interface DeclaredRoute {
  method: string;
  path: string;
}

interface Layer {
  rawPath?: string;
  slash?: boolean;
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

export function routeTable(app: Express): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods))
          routes.push({ method: method.toUpperCase(), path: prefix + layer.route.path });
      } else if (layer.handle.stack) {
        walk(layer.handle.stack, layer.slash ? prefix : prefix + (layer.rawPath ?? ''));
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return routes;
}

/** A concrete URL for a route pattern: unknown ids, a known commune, a real offer type. */
export function sampleUrl(path: string): string {
  return path
    .replace(':id', '000000000000000000000000')
    .replace(':code', '39198')
    .replace(':type', 'logement')
    .replace(':role', 'professionnel')
    .replace(':token', 'jeton-inconnu');
}
