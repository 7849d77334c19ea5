// The direction of the layers, read from every import under src/ (static, `export … from` and
// dynamic): the web layer reaches the data through services, services know nothing of the web,
// and routers are mounted side by side by routes/index.ts, never through each other.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');
const SRC = path.join(ROOT, 'src');
const ROUTES = 'src/web/routes/';

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** `file`'s imports of other files of the project, as paths from the root without extension. */
function projectImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(path.resolve(path.dirname(file), specifier)));
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/').replace(/\.ts$/, '');

/** Every import of the tree: `from` and `to` relative to the root, without extension. */
const edges = sourceFiles(SRC).flatMap((file) =>
  projectImports(file).map((to) => ({ from: relative(file), to })),
);

const isRouter = (file: string) => file.startsWith(ROUTES) && file.endsWith('-routes');

/**
 * What a file under src/web/routes may import from that folder: the route context, and the parts of
 * a router kept beside it (same folder, not routers). routes/index.ts mounts them all.
 */
function crossesRouters({ from, to }: { from: string; to: string }): boolean {
  if (!from.startsWith(ROUTES) || !to.startsWith(ROUTES) || from === `${ROUTES}index`) return false;
  if (to === `${ROUTES}route-context`) return false;
  return isRouter(to) || path.posix.dirname(from) !== path.posix.dirname(to);
}

const shown = (found: { from: string; to: string }[]) => found.map(({ from, to }) => `${from} → ${to}`);

describe('the import graph of src/', () => {
  it('is read (the rules below are not passed by an empty walk)', () => {
    expect(edges.length).toBeGreaterThan(1000);
    expect(edges).toContainEqual({ from: `${ROUTES}index`, to: `${ROUTES}offer-routes` });
    expect(
      edges.some(({ from, to }) => from.startsWith('src/services/') && to.startsWith('src/models/')),
    ).toBe(true);
  });

  it('has no file of the web layer importing a model: data goes through a service', () => {
    expect(
      shown(edges.filter(({ from, to }) => from.startsWith('src/web/') && to.startsWith('src/models/'))),
    ).toEqual([]);
  });

  it('has no service importing the web layer', () => {
    expect(
      shown(edges.filter(({ from, to }) => from.startsWith('src/services/') && to.startsWith('src/web/'))),
    ).toEqual([]);
  });

  it('has no router importing another router (or another router’s parts)', () => {
    expect(shown(edges.filter(crossesRouters))).toEqual([]);
  });

  it('would see each kind of violation', () => {
    expect(crossesRouters({ from: `${ROUTES}map-routes`, to: `${ROUTES}offer-routes` })).toBe(true);
    expect(crossesRouters({ from: `${ROUTES}map-routes`, to: `${ROUTES}api/open-data-paging` })).toBe(true);
    expect(
      crossesRouters({ from: `${ROUTES}api/open-data-routes`, to: `${ROUTES}api/open-data-paging` }),
    ).toBe(false);
    expect(crossesRouters({ from: `${ROUTES}map-routes`, to: `${ROUTES}route-context` })).toBe(false);
    expect(crossesRouters({ from: `${ROUTES}index`, to: `${ROUTES}map-routes` })).toBe(false);
  });
});
