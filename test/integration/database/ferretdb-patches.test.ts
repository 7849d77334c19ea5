// The patches of the embedded database apply to the FerretDB module the build vendors: a FerretDB
// upgrade that moved a patched line fails here, not at a user's first start.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findProjectRoot } from '../../../src/config/project-root';
import { FERRETDB_PATCHES, type FerretdbPatch, applyPatch } from '../../../src/db/ferretdb-patches';

const moduleDir = (): string => {
  const download = spawnSync('go', ['mod', 'download', '-json', 'github.com/FerretDB/FerretDB'], {
    cwd: path.join(findProjectRoot(__dirname), 'scripts', 'ferretdb'),
    encoding: 'utf8',
  });
  return (JSON.parse(download.stdout) as { Dir: string }).Dir;
};

describe('FerretDB patches', () => {
  it('each replaces exactly one line of the module the build uses', () => {
    const dir = moduleDir();
    for (const patch of FERRETDB_PATCHES) {
      const source = fs.readFileSync(
        path.join(dir, patch.file.replace('github.com/FerretDB/FerretDB/', '')),
        'utf8',
      );
      const patched = applyPatch(source, patch);
      expect(patched).toBeDefined();
      expect(patched).toContain(patch.replace);
      expect(patched).not.toContain(patch.find);
    }
  });

  it('refuses a source where the line is missing or repeated', () => {
    const [patch] = FERRETDB_PATCHES as [FerretdbPatch];
    expect(applyPatch('package metadata\n', patch)).toBeUndefined();
    expect(applyPatch(`${patch.find}\n${patch.find}\n`, patch)).toBeUndefined();
  });
});
