// Kept fragments: rendered once per set of values read, rendered again when any of them changes,
// and bounded in bytes, the least recently used dropped first.
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
      '{{#each cards}}{{#keptFragment this @root.token big=@root.big}}{{counted}}<p>{{name}} {{@root.token}}{{#if @root.big}}!{{/if}}</p>{{/keptFragment}}{{/each}}',
    );
    const render = (cards: { name: string }[], token = 't1', big = false) => template({ cards, token, big });
    return { fragments, render, renders: () => renders };
  };

  it('renders each card once while the values it reads stay the same', () => {
    const { render, renders } = setUp();
    const cards = [{ name: 'Dole' }, { name: 'Lons' }];
    expect(render(cards)).toBe('<p>Dole t1</p><p>Lons t1</p>');
    expect(render(cards)).toBe('<p>Dole t1</p><p>Lons t1</p>');
    expect(renders()).toBe(2);
  });

  it('renders again when the card, a root value or a named value changes', () => {
    const { render, renders } = setUp();
    expect(render([{ name: 'Dole' }])).toBe('<p>Dole t1</p>');
    expect(render([{ name: 'Dole (favori)' }])).toBe('<p>Dole (favori) t1</p>');
    expect(render([{ name: 'Dole' }], 't2')).toBe('<p>Dole t2</p>');
    expect(render([{ name: 'Dole' }], 't1', true)).toBe('<p>Dole t1!</p>');
    expect(renders()).toBe(4);
  });

  it('keeps at most its bound in bytes, the least recently used dropped first', () => {
    // Each fragment is 14 characters, 28 bytes: two fit in 60 bytes.
    const { fragments, render, renders } = setUp(60);
    render([{ name: 'Aaaa' }]);
    render([{ name: 'Bbbb' }]);
    render([{ name: 'Aaaa' }]);
    render([{ name: 'Cccc' }]);
    expect(fragments.size).toBe(2);
    expect(renders()).toBe(3);
    render([{ name: 'Aaaa' }]);
    expect(renders()).toBe(3);
    render([{ name: 'Bbbb' }]);
    expect(renders()).toBe(4);
  });
});
