// The request a piece of work is done for (its id and the client's address), carried by Node's
// AsyncLocalStorage from the web layer to the journal, so that no service signature has to pass it on.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string;
  ip: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work` (and everything it starts) on behalf of this request. */
export const runForRequest = <T>(context: RequestContext, work: () => T): T => storage.run(context, work);

/** The request being served, if any (jobs and scripts have none). */
export const currentRequest = (): RequestContext | undefined => storage.getStore();
