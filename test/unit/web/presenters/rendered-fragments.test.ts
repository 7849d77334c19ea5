// Kept fragments: rendered once per source object (by identity) and set of values, rendered again
// when any of them changes, and bounded in bytes, the least recently used dropped first.
import Handlebars from 'handlebars';
import { RenderedFragments } from '../../../../src/web/presenters/rendered-fragments';

describe('RenderedFragments', () => {
  const setUp = (maxBytes?: number) => {
    const fragments = new RenderedFragments(maxBytes);
    let renders = 0;
    const handlebars = Handlebars.create();
    handlebars.registerHelper('keptFragment', fragments.helper);
    handlebars.registerHelper('counted', () => (renders += 1) && '');
    const template = handlebars.compile(
      '{{#each cards}}{{#keptFragment source rank @root.token big=@root.big}}{{counted}}' +
        '<p>{{rank}}. {{source.name}} {{@root.token}}{{#if @root.big}}!{{/if}}</p>{{/keptFragment}}{{/each}}',
    );
    const render = (sources: { name: string }[], token = 't1', big = false) =>
      template({ cards: sources.map((source, index) => ({ source, rank: index + 1 })), token, big });
    return { fragments, render, renders: () => renders };
  };
  const dole = { name: 'Dole' };
  const lons = { name: 'Lons' };

  it('renders each card once while its source and values stay the same', () => {
    const { render, renders } = setUp();
    expect(render([dole, lons])).toBe('<p>1. Dole t1</p><p>2. Lons t1</p>');
    expect(render([dole, lons])).toBe('<p>1. Dole t1</p><p>2. Lons t1</p>');
    expect(renders()).toBe(2);
  });

  it('renders again for another source object, even with the same content', () => {
    const { render, renders } = setUp();
    render([dole]);
    expect(render([{ name: 'Dole' }])).toBe('<p>1. Dole t1</p>');
    expect(renders()).toBe(2);
  });

  it('renders again when a value changes: the rank, a root value, a named value', () => {
    const { render, renders } = setUp();
    expect(render([dole])).toBe('<p>1. Dole t1</p>');
    expect(render([lons, dole])).toBe('<p>1. Lons t1</p><p>2. Dole t1</p>');
    expect(render([dole], 't2')).toBe('<p>1. Dole t2</p>');
    expect(render([dole], 't1', true)).toBe('<p>1. Dole t1!</p>');
    expect(renders()).toBe(5);
  });

  it('keeps at most its bound in bytes, the least recently used dropped first', () => {
    // Each fragment is 17 characters, 34 bytes: two fit in 70 bytes, not three.
    const { fragments, render, renders } = setUp(70);
    const [a, b, c] = [{ name: 'Aaaa' }, { name: 'Bbbb' }, { name: 'Cccc' }];
    render([a]);
    render([b]);
    render([a]);
    render([c]);
    expect(fragments.size).toBe(2);
    expect(renders()).toBe(3);
    render([a]);
    expect(renders()).toBe(3);
    render([b]);
    expect(renders()).toBe(4);
  });
});
