import { render } from 'preact-render-to-string';
import { h } from '../../../src/reader/markup';
import { renderBlocks } from '../../../src/reader/blocks';
import { textsFor } from '../../../src/reader/texts';
import type { StatBlock } from '../../../src/reader/types';

const block = (id: number, warning: string | null): StatBlock => ({
  __component: 'blocks.study-stat',
  id,
  rendered: {
    heading: `Block ${id}`,
    figures: [{ label: 'sagen ja', value: 80, unit: 'percent', base: null, qualifier: 'exact', display: '80 %', note: null }],
    study: null,
    studies: [],
    citation: null,
    citations: [{ text: 'Quelle: Demo (Februar 2014, n = 102)', url: null }],
    warning,
    html: '',
  },
});
const html = (options: { articleWarned?: boolean }, ...blocks: StatBlock[]) => render(h('div', {}, renderBlocks(blocks, textsFor('de'), options)));
const OLD = 'Diese Daten stammen aus Februar 2014 und sind möglicherweise veraltet.';
const count = (text: string) => (text.match(/stat-block__warning/g) ?? []).length;

describe('old-data warnings on the reader page', () => {
  it('are shown once per article: the first block citing old data keeps its note', () => {
    expect(count(html({}, block(1, OLD), block(2, OLD), block(3, null)))).toBe(1);
  });

  it('a different warning (another study) is shown too', () => {
    expect(count(html({}, block(1, OLD), block(2, 'Diese Daten stammen aus 2019 und sind möglicherweise veraltet.')))).toBe(2);
  });

  it('none when the outdated banner already warns the reader; the source line stays', () => {
    const out = html({ articleWarned: true }, block(1, OLD), block(2, OLD));
    expect(count(out)).toBe(0);
    expect(out).toContain('Februar 2014, n = 102');
  });
});
