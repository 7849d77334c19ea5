// Rendered fragments kept by what they are rendered from. The results page renders fifteen
// commune cards (about 7 kB of HTML each) at every request, the same ones from reload to reload
// and page to page: a card is rendered once per set of values it is made from, given in the
// template next to it. The first may be an object shared from request to request and never
// changed (a kept match result, see MatchResults): it counts by identity, so that a new result
// (an offer changed, on this instance or another) is a new key. The others count by value.
import type { HelperOptions } from 'handlebars';

/**
 * HTML kept per results page handler: 4 MB is about 300 cards, the first pages of the twenty or
 * so projects consulted last; the least recently used go first.
 */
export const KEPT_FRAGMENT_BYTES = 4 * 1024 * 1024;

export class RenderedFragments {
  private readonly fragments = new Map<string, string>();
  private bytes = 0;
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;

  constructor(private readonly maxBytes = KEPT_FRAGMENT_BYTES) {}

  /**
   * The block helper: `{{#keptFragment source value… name=value…}}…{{/keptFragment}}` renders its
   * block (in the current context) once per set of values: they must be all that the block reads.
   */
  readonly helper = this.keptFragmentHelper();

  private keptFragmentHelper() {
    const idOf = (source: object) => this.idOf(source);
    const get = (key: string, render: () => string) => this.get(key, render);
    // A function, not an arrow: Handlebars calls helpers with the current context as `this`.
    return function keptFragment(this: unknown, ...params: unknown[]): string {
      const options = params.pop() as HelperOptions;
      const [source, ...values] = params;
      const identity = typeof source === 'object' && source !== null ? idOf(source) : source;
      const key = JSON.stringify([identity, values, options.hash]);
      return get(key, () => options.fn(this));
    };
  }

  private idOf(source: object): string {
    let id = this.ids.get(source);
    if (id === undefined) this.ids.set(source, (id = this.nextId += 1));
    return `#${id}`;
  }

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
    // Counted as JavaScript holds strings: two bytes a character (the key is short).
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
