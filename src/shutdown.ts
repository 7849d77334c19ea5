// A clean stop that cannot hang: requests under way get the time limit to finish, then the
// process exits anyway (a reverse proxy or an orchestrator waits for it to go).

export type StopOutcome = 'stopped' | 'timed-out';

export async function stopWithin(stop: () => Promise<void>, timeoutMs: number): Promise<StopOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<StopOutcome>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), timeoutMs);
  });
  try {
    return await Promise.race([stop().then((): StopOutcome => 'stopped'), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
