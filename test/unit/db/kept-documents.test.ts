// Documents kept for a while (sessions, signed-in accounts): served from memory while fresh, read
// again in the background past half their time (the page does not wait for the database), read
// by the request itself once older than the bound.
import { KeptDocuments } from '../../../src/db/kept-documents';

/** A read that answers only when told to, and counts how often it was asked. */
function controlledReads() {
  const pending: ((value: string | undefined) => void)[] = [];
  return {
    pending,
    read: () => new Promise<string | undefined>((resolve) => pending.push(resolve)),
  };
}

describe('KeptDocuments', () => {
  let now = 1_000_000;
  beforeEach(() => jest.spyOn(Date, 'now').mockImplementation(() => now));
  afterEach(() => jest.restoreAllMocks());

  const kept = () => new KeptDocuments<string>(() => () => undefined, 10_000);

  it('serves a copy younger than half its time without reading', async () => {
    const documents = kept();
    const reads = controlledReads();
    const first = documents.get('a', reads.read);
    reads.pending[0]?.('v1');
    expect(await first).toBe('v1');
    now += 4_999;
    expect(await documents.get('a', reads.read)).toBe('v1');
    expect(reads.pending).toHaveLength(1);
  });

  it('past half its time, serves the copy at once and reads it again once in the background', async () => {
    const documents = kept();
    const reads = controlledReads();
    const first = documents.get('a', reads.read);
    reads.pending[0]?.('v1');
    await first;
    now += 6_000;
    // Answered while the read is still pending: the request does not wait for the database.
    expect(await documents.get('a', reads.read)).toBe('v1');
    expect(await documents.get('a', reads.read)).toBe('v1');
    expect(reads.pending).toHaveLength(2);
    reads.pending[1]?.('v2');
    await new Promise(setImmediate);
    expect(await documents.get('a', reads.read)).toBe('v2');
    // Fresh again: no further read for half a period.
    now += 4_000;
    expect(await documents.get('a', reads.read)).toBe('v2');
    expect(reads.pending).toHaveLength(2);
  });

  it('never serves a copy older than its time: the request reads it itself', async () => {
    const documents = kept();
    const reads = controlledReads();
    const first = documents.get('a', reads.read);
    reads.pending[0]?.('v1');
    await first;
    now += 10_000;
    const second = documents.get('a', reads.read);
    let answered = false;
    void second.then(() => (answered = true));
    await new Promise(setImmediate);
    expect(answered).toBe(false);
    reads.pending[1]?.(undefined);
    expect(await second).toBeUndefined();
  });

  it('keeps serving the copy when a background read fails, until its time is up', async () => {
    const documents = kept();
    const first = documents.get('a', () => Promise.resolve('v1'));
    await first;
    now += 6_000;
    expect(await documents.get('a', () => Promise.reject(new Error('database down')))).toBe('v1');
    await new Promise(setImmediate);
    expect(await documents.get('a', () => Promise.reject(new Error('database down')))).toBe('v1');
    now += 4_000;
    await expect(documents.get('a', () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
  });

  describe('with writes under way', () => {
    /** Kept documents whose write signals the test sends itself, as the model's hooks would. */
    const signalled = () => {
      let signal: (id: string | undefined, remote: boolean) => void = () => undefined;
      const documents = new KeptDocuments<string>((listener) => {
        signal = listener;
        return () => undefined;
      }, 10_000);
      return { documents, signal: (id: string | undefined) => signal(id, false) };
    };

    it('does not keep what a read got when the same document was written meanwhile', async () => {
      const { documents, signal } = signalled();
      const reads = controlledReads();
      const read = documents.get('a', reads.read);
      signal('a');
      reads.pending[0]?.('old');
      expect(await read).toBe('old');
      expect(documents.peek('a')).toBeUndefined();
    });

    it('keeps what reads and writes got while other documents were written (a busy service)', async () => {
      const { documents, signal } = signalled();
      const reads = controlledReads();
      const read = documents.get('a', reads.read);
      const written = documents.writing('b', 'b1');
      signal('c');
      signal('b'); // b's own write signal
      reads.pending[0]?.('a1');
      await read;
      written();
      expect(documents.peek('a')).toBe('a1');
      expect(documents.peek('b')).toBe('b1');
      // Served from memory: no further read of either.
      expect(await documents.get('a', reads.read)).toBe('a1');
      expect(await documents.get('b', reads.read)).toBe('b1');
      expect(reads.pending).toHaveLength(1);
    });

    it('keeps neither of two overlapping writes of one document (the stored one is read again)', () => {
      const { documents, signal } = signalled();
      const first = documents.writing('a', 'v1');
      const second = documents.writing('a', 'v2');
      signal('a');
      signal('a');
      first();
      second();
      expect(documents.peek('a')).toBeUndefined();
    });

    it('keeps nothing of a failed write, which it then forgets (the write is not waited for)', async () => {
      const { documents } = signalled();
      documents.writing('a', 'v1');
      documents.forget('a');
      expect(documents.peek('a')).toBeUndefined();
      expect((documents as unknown as { pending: Set<unknown> }).pending.size).toBe(0);
      const reads = controlledReads();
      const read = documents.get('a', reads.read);
      reads.pending[0]?.('stored');
      expect(await read).toBe('stored');
      expect(documents.peek('a')).toBe('stored');
    });

    it('forgets every document, and keeps no read under way, when told that any may have changed', async () => {
      const { documents, signal } = signalled();
      await documents.get('a', () => Promise.resolve('a1'));
      const reads = controlledReads();
      const read = documents.get('b', reads.read);
      signal(undefined);
      reads.pending[0]?.('b1');
      await read;
      expect(documents.peek('a')).toBeUndefined();
      expect(documents.peek('b')).toBeUndefined();
    });
  });
});
