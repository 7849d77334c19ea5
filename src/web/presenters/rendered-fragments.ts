// Rendered fragments kept by what they are rendered from. The results page renders fifteen
// commune cards (about 7 kB of HTML each) at every request, the same ones from reload to reload
// and page to page: a card is rendered once per content. The key is a digest of every value the
// fragment reads, given in the template next to it, so that a kept fragment can never be out of
// date (several instances included): a changed offer, score or favourite is another key.
import crypto from 'node:crypto';
import type { HelperOptions } from 'handlebars';

/**
 * HTML kept per results page handler: 4 MB is about 600 cards, the first pages of the few
 * dozen projects consulted last; the least recently used go first.
 */
export const KEPT_FRAGMENT_BYTES = 4 * 1024 * 1024;

export class RenderedFragments {
  private readonly fragments = new Map<string, string>();
  private bytes = 0;

  constructor(private readonly maxBytes = KEPT_FRAGMENT_BYTES) {}

  /**
   * The block helper: `{{#keptFragment value… name=value…}}…{{/keptFragment}}` renders its block
   * once per set of values (the values must be all that the block reads).
   */
  readonly helper = (...params: unknown[]): string => {
    const options = params.pop() as HelperOptions;
    const key = crypto
      .createHash('sha256')
      .update(JSON.stringify([params, options.hash]))
      .digest('base64url');
    return this.get(key, () => options.fn(params[0]));
  };

  get(key: string, render: () => string): string {
    const kept = this.fragments.get(key);
    if (kept !== undefined) {
      // Maps iterate in insertion order: set again, it becomes the most recently used.
      this.fragments.delete(key);
      this.fragments.set(key, kept);
      return kept;
    }
    const html = render();
    this.fragments.set(key, html);
    this.bytes += html.length * 2;
    for (const [oldest, fragment] of this.fragments) {
      if (this.bytes <= this.maxBytes) break;
      this.fragments.delete(oldest);
      this.bytes -= fragment.length * 2;
    }
    return html;
  }

  get size(): number {
    return this.fragments.size;
  }
}
