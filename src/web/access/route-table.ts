// The routes an Express 5 app declares, each with its access declaration (the first handler's).
import type { Express } from 'express';
import { type Access, accessOf } from './access';

export interface DeclaredRoute {
  method: string;
  path: string;
  /** Undefined when the route's first handler is not an `allow(…)` declaration. */
  access: Access | undefined;
}

interface Layer {
  rawPath?: string;
  slash?: boolean;
  route?: { path: string; methods: Record<string, boolean>; stack: { handle: unknown }[] };
  handle: { stack?: Layer[] };
}

export function routeTable(app: Express): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const access = accessOf(layer.route.stack[0]?.handle);
        for (const method of Object.keys(layer.route.methods))
          routes.push({ method: method.toUpperCase(), path: prefix + layer.route.path, access });
      } else if (layer.handle.stack) {
        walk(layer.handle.stack, layer.slash ? prefix : prefix + (layer.rawPath ?? ''));
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return routes;
}

/** Refuses an app with a route that does not declare, first, who may use it. */
export function assertEveryRouteDeclared(app: Express): void {
  const undeclared = routeTable(app).filter((route) => !route.access);
  if (undeclared.length > 0)
    throw new Error(
      `Routes without an access declaration (allow(…) as first handler): ${undeclared
        .map((route) => `${route.method} ${route.path}`)
        .join(', ')}`,
    );
}
