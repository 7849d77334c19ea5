import fs from 'node:fs';
import path from 'node:path';

/** The nearest folder above `start` holding package.json: the repository root, from src/ or dist/src/ alike. */
export function findProjectRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}
