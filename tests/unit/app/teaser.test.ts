import { cutAtWord, plainTextFromBlocks, teaserFor } from '../../../src/reader-site/teaser';

describe('teasers', () => {
  it('keeps short text whole and cuts long text at a word boundary with an ellipsis', () => {
    expect(cutAtWord('Kurz und gut.', 50)).toBe('Kurz und gut.');
    const cut = cutAtWord('Soziale Netzwerke verändern das Online-Marketing und seine Berufe grundlegend.', 40);
    expect(cut).toBe('Soziale Netzwerke verändern das…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });

  it('never ends on punctuation before the ellipsis, and cuts a single huge word hard', () => {
    expect(cutAtWord('Eins, zwei, drei, vier, fünf, sechs, sieben', 18)).toBe('Eins, zwei, drei…');
    const hard = cutAtWord('x'.repeat(500), 20);
    expect(hard).toHaveLength(20);
    expect(hard.endsWith('…')).toBe(true);
  });

  it('uses the excerpt, else the start of the rich-text body', () => {
    expect(teaserFor({ excerpt: '  Der  Auszug. ', blocks: [] })).toBe('Der Auszug.');
    const body = [
      { type: 'heading', children: [{ type: 'text', text: 'Titel' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Erster ' },
          { type: 'text', text: 'Absatz', bold: true },
        ],
      },
    ];
    expect(plainTextFromBlocks(body)).toBe('Titel Erster Absatz');
    expect(teaserFor({ excerpt: null, blocks: [{ __component: 'blocks.quote' }, { __component: 'blocks.rich-text', body }] })).toBe(
      'Titel Erster Absatz',
    );
    expect(teaserFor({})).toBe('');
    expect(plainTextFromBlocks('kaputt')).toBe('');
  });
});
