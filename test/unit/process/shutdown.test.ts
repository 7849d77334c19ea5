import { stopWithin } from '../../../src/shutdown';

describe('stopWithin', () => {
  it('reports a stop that finished in time', async () => {
    await expect(stopWithin(() => Promise.resolve(), 1000)).resolves.toBe('stopped');
  });

  it('gives up on a stop that hangs (a request that never ends)', async () => {
    await expect(stopWithin(() => new Promise<void>(() => {}), 20)).resolves.toBe('timed-out');
  });

  it('passes a failed stop on', async () => {
    await expect(stopWithin(() => Promise.reject(new Error('closed')), 1000)).rejects.toThrow('closed');
  });
});
