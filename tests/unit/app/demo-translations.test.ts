/**
 * The demo's English translations follow their German articles block by block: the same
 * kinds in the same order, the same headings per text block, the same figures, the same
 * related articles and follow-up. (A translation once carried the conclusion under the
 * previous heading and lacked the conclusion, the quote and the related articles.)
 */
import { articles, bookTips, categories, type DemoArticle, type DemoBlock } from '../../../src/seed/demo-content';

const headings = (body: string) => body.split('\n').filter((line) => line.startsWith('## ')).length;
const paragraphs = (body: string) => body.split(/\n\s*\n/).length;

/** What has to match between the languages; the words themselves differ. */
function shape(block: DemoBlock) {
  switch (block.kind) {
    case 'text':
      return { kind: block.kind, headings: headings(block.body), paragraphs: paragraphs(block.body) };
    case 'stats':
      return { kind: block.kind, heading: Boolean(block.heading), display: block.display ?? 'auto', statistics: block.statistics };
    case 'books':
      return { kind: block.kind, heading: Boolean(block.heading), bookTips: block.bookTips };
    case 'quote':
      return { kind: block.kind, source: Boolean(block.source) };
  }
}

const translations = articles.filter((a) => a.locale === 'en');
const original = (a: DemoArticle) => articles.find((o) => o.locale === 'de' && o.slug === a.translates)!;

describe('English demo translations', () => {
  it('exist for the 2014 survey and its four related articles', () => {
    const main = translations.find((a) => a.slug === 'survey-social-media-managers-small-teams-many-goals')!;
    expect(main).toBeDefined();
    for (const slug of original(main).related ?? []) expect(translations.map((a) => a.translates)).toContain(slug);
  });

  it.each(translations.map((a) => [a.slug, a] as const))('%s has the German article’s blocks in the same order', (_slug, translation) => {
    const german = original(translation);
    expect(german).toBeDefined();
    expect(translation.blocks.map(shape)).toEqual(german.blocks.map(shape));
    expect(translation.related ?? []).toEqual(german.related ?? []);
    expect([translation.category, translation.published, translation.freshness]).toEqual([
      german.category,
      german.published,
      german.freshness,
    ]);
  });

  it('are seeded after every article they relate to, so the English versions exist to link', () => {
    for (const translation of translations) {
      const index = articles.indexOf(translation);
      for (const slug of translation.related ?? []) {
        expect(articles.findIndex((a) => a.locale === 'en' && a.translates === slug)).toBeLessThan(index);
      }
    }
  });

  it('have English categories and book tips to point to', () => {
    for (const translation of translations) expect(categories.find((c) => c.slug === translation.category)?.en).toBeDefined();
    const books = translations.flatMap((a) => a.blocks.flatMap((b) => (b.kind === 'books' ? b.bookTips : [])));
    for (const key of books) expect(bookTips.find((b) => b.key === key)?.en).toBeDefined();
  });
});

describe('follow-up', () => {
  it('the 2014 survey points to the recent budget article, which exists in its locale', () => {
    const main = articles.find((a) => a.locale === 'de' && a.slug === 'studie-social-media-manager-kleine-teams-viele-ziele')!;
    expect(main.followUp).toBe('social-media-budgets-steigen-teams-bleiben-klein');
    for (const a of articles.filter((x) => x.followUp)) {
      expect(articles.some((target) => target.locale === a.locale && (target.translates ?? target.slug) === a.followUp)).toBe(true);
    }
  });
});
