// The island data loader on the server side: an island renders from the data its page provided,
// and a page that forgot to provide it fails the build with the URL in the message.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { provideIslandData, withIslandData } from '../../components/island-loader.tsx';

function Names({ data, heading }: { data: { names: string[] }; heading: string }) {
  return createElement('section', null, createElement('h2', null, heading), ...data.names.map((n) => createElement('p', { key: n }, n)));
}
const NamesIsland = withIslandData(Names);

describe('withIslandData on the server', () => {
  it('renders the data provided for its URL, with the other props', () => {
    provideIslandData('/data/island/test.a.json', { names: ['跨境店', 'Local store'] });
    const html = renderToString(createElement(NamesIsland, { dataUrl: '/data/island/test.a.json', heading: 'Modes' }));
    expect(html).toContain('<h2>Modes</h2>');
    expect(html).toContain('<p>跨境店</p>');
    expect(html).toContain('<p>Local store</p>');
  });

  it('keeps islands with different URLs apart', () => {
    provideIslandData('/data/island/test.b.json', { names: ['only b'] });
    const html = renderToString(createElement(NamesIsland, { dataUrl: '/data/island/test.b.json', heading: 'B' }));
    expect(html).toContain('only b');
    expect(html).not.toContain('跨境店');
  });

  it('fails, naming the URL, when the page did not provide the data', () => {
    expect(() => renderToString(createElement(NamesIsland, { dataUrl: '/data/island/missing.json', heading: 'x' })))
      .toThrow(/\/data\/island\/missing\.json.*provideIslandData/);
  });
});
