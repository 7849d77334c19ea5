// Loaded only by `npm run bench:memory` (node --require): never part of the service. On SIGUSR2 it
// writes the process's memory to MEMORY_PROBE_FILE — process.memoryUsage(), V8's heap spaces, the
// same after a full collection when --expose-gc is on — and, if MEMORY_PROBE_SNAPSHOT names a
// folder, a heap snapshot there.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';

const file = process.env.MEMORY_PROBE_FILE;
const MIB = 1024 * 1024;

const sample = () => ({
  usage: Object.fromEntries(Object.entries(process.memoryUsage()).map(([key, bytes]) => [key, bytes / MIB])),
  spaces: Object.fromEntries(
    v8
      .getHeapSpaceStatistics()
      .map((space) => [
        space.space_name,
        { used: space.space_used_size / MIB, size: space.space_size / MIB },
      ]),
  ),
});

if (file)
  process.on('SIGUSR2', () => {
    const before = sample();
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const afterGc = gc ? sample() : undefined;
    const folder = process.env.MEMORY_PROBE_SNAPSHOT;
    const snapshot = folder
      ? v8.writeHeapSnapshot(path.join(folder, `service-${Date.now()}.heapsnapshot`))
      : undefined;
    fs.writeFileSync(file, JSON.stringify({ before, afterGc, snapshot }));
  });
