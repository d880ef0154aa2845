import { articleSearchText, MAX_SEARCH_TEXT_LENGTH, normalizeSearchText, searchTerms } from '../../../src/search/search-text';
import { parseSearchQuery } from '../../../src/search/search-query';

describe('normalizeSearchText', () => {
  it('writes umlauts and ß out, whatever the case: FÜR, für and fuer are one word, fur another', () => {
    expect(normalizeSearchText('FÜR')).toBe('fuer');
    expect(normalizeSearchText('für')).toBe('fuer');
    expect(normalizeSearchText('fuer')).toBe('fuer');
    expect(normalizeSearchText('fur')).toBe('fur');
    expect(normalizeSearchText('Ärger Öl Übung')).toBe('aerger oel uebung');
    expect(normalizeSearchText('Straße STRASSE Maẞ')).toBe('strasse strasse mass');
  });

  it('treats a decomposed umlaut (a + U+0308) like the composed one', () => {
    expect(normalizeSearchText('Ma\u0308rz')).toBe('maerz');
  });

  it('drops other diacritics and folds letters without a decomposition', () => {
    expect(normalizeSearchText('Café Crème Façade')).toBe('cafe creme facade');
    expect(normalizeSearchText('Łódź Øre Æsop')).toBe('lodz ore aesop');
  });

  it('makes every run of non-letters one space and trims', () => {
    expect(normalizeSearchText('  Social-Media-Manager:\n\t„Budget“ 80 %!  ')).toBe('social media manager budget 80');
    expect(normalizeSearchText('%_\\')).toBe('');
  });
});

describe('searchTerms', () => {
  it('splits the normalized query into distinct words', () => {
    expect(searchTerms('Für  für KLEINE Teams')).toEqual(['fuer', 'kleine', 'teams']);
    expect(searchTerms(' –– ')).toEqual([]);
  });
});

describe('articleSearchText', () => {
  it('takes title, excerpt, rich text, quotes with source and block headings', () => {
    const text = articleSearchText({
      title: 'Größe zählt',
      excerpt: 'Ein Auszug.',
      blocks: [
        {
          __component: 'blocks.rich-text',
          body: [
            { type: 'paragraph', children: [{ type: 'text', text: 'Erster Absatz' }] },
            { type: 'heading', children: [{ type: 'text', text: 'Überschrift' }] },
          ],
        },
        { __component: 'blocks.quote', text: 'Ein Zitat', source: 'Jemand' },
        { __component: 'blocks.study-stat', heading: 'Zahlen', statistics: [{ label: 'nicht im Index' }] },
        { __component: 'blocks.book-tip', heading: 'Lesetipps', bookTips: [{ title: 'Buchtitel' }] },
        { __component: 'blocks.unknown', text: 'fremd' },
      ],
    });
    expect(text).toBe('groesse zaehlt ein auszug erster absatz ueberschrift ein zitat jemand zahlen lesetipps');
  });

  it('is empty, not null, for an article without text, and copes with missing fields', () => {
    expect(articleSearchText({})).toBe('');
    expect(articleSearchText({ title: null, excerpt: null, blocks: [null as any, { __component: 'blocks.rich-text', body: null }] })).toBe(
      '',
    );
  });

  it('cuts very long texts at a word boundary', () => {
    const text = articleSearchText({ title: 'wort '.repeat(20_000) });
    expect(text.length).toBeLessThanOrEqual(MAX_SEARCH_TEXT_LENGTH);
    expect(text.endsWith('wort')).toBe(true);
  });
});

describe('parseSearchQuery', () => {
  const options = { locales: ['de', 'en'], defaultLocale: 'de' };
  const parse = (query: Record<string, unknown>) => parseSearchQuery(query, options);

  it('accepts a query with defaults', () => {
    expect(parse({ q: '  Für Teams ' })).toEqual({
      ok: true,
      value: { q: 'Für Teams', terms: ['fuer', 'teams'], locale: 'de', page: 1, pageSize: 10 },
    });
    expect(
      parse({ q: 'ab', locale: 'en', page: '3', pageSize: '100', fields: ['title'], populate: { category: true }, status: 'published' }),
    ).toMatchObject({ ok: true, value: { locale: 'en', page: 3, pageSize: 100 } });
  });

  it.each([
    [{}, 'q'],
    [{ q: ['a', 'b'] }, 'q'],
    [{ q: 'a' }, 'q'],
    [{ q: ' a ' }, 'q'],
    [{ q: 'x'.repeat(101) }, 'q'],
    [{ q: '!!??' }, 'q'],
    [{ q: 'ok', locale: 'fr' }, 'locale'],
    [{ q: 'ok', page: '0' }, 'page'],
    [{ q: 'ok', page: '10001' }, 'page'],
    [{ q: 'ok', page: '1e3' }, 'page'],
    [{ q: 'ok', pageSize: '101' }, 'pageSize'],
    [{ q: 'ok', status: 'draft' }, 'status'],
    [{ q: 'ok', filters: { searchText: { $contains: 'x' } } }, 'filters'],
    [{ q: 'ok', sort: 'title' }, 'sort'],
    [{ q: 'ok', pagination: { page: 2 } }, 'pagination'],
  ])('refuses %j naming %s', (query, param) => {
    const result = parse(query as Record<string, unknown>);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.param).toBe(param);
      expect(result.message).toMatch(new RegExp(`^(${param}|Die Suche)`));
    }
  });

  it('counts characters, not UTF-16 units: 100 emoji-free umlauts pass, two astral characters pass the minimum', () => {
    expect(parse({ q: 'ü'.repeat(100) }).ok).toBe(true);
    expect(parse({ q: '𝟘𝟙' }).ok).toBe(true);
  });
});
