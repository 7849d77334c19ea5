// A second instance of the service in a process of its own, on the calling test's database (see
// ./second-instance.ts). The parent test calls its services over IPC: reads of its read models,
// writes through it.
import { loadConfig } from '../../src/config';
import { type RunningService, startService } from '../../src/service';

interface Call {
  id: number;
  /** A path from the services, e.g. "offers.transition" or "offerReadModel.get". */
  path: string;
  args: unknown[];
}

async function call(running: RunningService, { path, args }: Call): Promise<unknown> {
  const names = path.split('.');
  const method = names.pop() ?? '';
  let target: unknown = running.services;
  for (const name of names) target = (target as Record<string, unknown>)[name];
  const owner = target as Record<string, unknown>;
  const fn = owner[method];
  if (typeof fn !== 'function') throw new Error(`${path} is not a method`);
  return (await (fn as (...values: unknown[]) => unknown).apply(owner, args)) ?? null;
}

startService(loadConfig(process.env), () => undefined).then(
  (running) => {
    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= running.stop().then(() => process.exit(0));
    };
    // The test process ended without saying so (killed, crashed): stop too.
    process.on('disconnect', stop);
    process.on('message', (message: Call | 'stop') => {
      if (message === 'stop') {
        stop();
        return;
      }
      call(running, message).then(
        (result) => process.send?.({ id: message.id, result }),
        (error: unknown) => process.send?.({ id: message.id, error: String(error) }),
      );
    });
    process.send?.({ url: running.url });
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
