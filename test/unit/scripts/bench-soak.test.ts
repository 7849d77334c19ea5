// The benchmarks' own logic that the README's figures rest on: the verdict on the soak's last half,
// and the start script's settings the service is started with.
import path from 'node:path';
import { npmStartSettings } from '../../../scripts/bench/bench-service';
import { lastHalfGrowth } from '../../../scripts/bench/mixed-traffic';
import { findProjectRoot } from '../../../src/config/project-root';

const samples = (values: number[]) => values.map((mib, index) => ({ at: index * 30, mib }));

describe('lastHalfGrowth', () => {
  it('calls a plateau with one collection in it flat', () => {
    const verdict = lastHalfGrowth(samples([250, 300, 340, 350, 352, 341, 353, 351, 350, 352, 349]));
    expect(verdict.grew).toBe(false);
    expect(verdict.from).toBe(341);
    expect(verdict.to).toBe(349);
  });

  it('sees a steady climb in the last half even when its first and last samples are close', () => {
    const verdict = lastHalfGrowth(samples([250, 300, 340, 350, 352, 360, 368, 376, 384, 392, 355]));
    expect(verdict.grew).toBe(true);
    expect(verdict.fittedMib).toBeGreaterThan(7);
  });
});

describe('npmStartSettings', () => {
  it("reads package.json's start script: its variables' defaults and its node flags", () => {
    const { env, nodeFlags } = npmStartSettings(findProjectRoot(path.resolve(__dirname)));
    expect(Object.keys(env)).toEqual(
      expect.arrayContaining(['MALLOC_MMAP_THRESHOLD_', 'MALLOC_TRIM_THRESHOLD_']),
    );
    expect(nodeFlags.every((flag) => flag.startsWith('--'))).toBe(true);
    expect(nodeFlags).not.toContain('dist/src/server.js');
  });
});
