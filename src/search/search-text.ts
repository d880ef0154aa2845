/**
 * The article search's one spelling rule, used on both sides: the write path stores every
 * article's text in this form (`searchText`, a private field), and the search route turns
 * the reader's query into the same form before matching. So matching is a plain substring
 * test that behaves alike on SQLite, PostgreSQL and MariaDB, whose LIKE differ in case and
 * accent handling (SQLite folds ASCII only, PostgreSQL nothing).
 *
 * The rule: lower case; German umlauts and ß written out as their standard replacements
 * (ä → ae, ö → oe, ü → ue, ß → ss), so "FÜR", "für" and "fuer" are the same word, while
 * "fur" stays a different one; other diacritics dropped (é → e, ç → c); everything that
 * is not a letter or digit is one space. Pure.
 */
import { plainTextFromBlocks } from '../reader-site/teaser';
import { STUDY_STAT_BLOCK } from '../domain/blog';

/** Raise when the rule changes: the bootstrap then recomputes every stored search text. */
export const SEARCH_TEXT_VERSION = 1;

/** Longer article texts are cut (the column is `text`; a blog article stays far below). */
export const MAX_SEARCH_TEXT_LENGTH = 60_000;

// Letters that Unicode decomposition does not reduce to a base letter plus marks.
const FOLDED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

export function normalizeSearchText(input: string): string {
  return input
    .normalize('NFC') // "a" + combining diaeresis is "ä" too
    .toLowerCase() // also ẞ → ß
    .replace(/[äöüßæœøłđþ]/g, (letter) => FOLDED[letter])
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, each to be found somewhere in an article (AND), duplicates once. */
export function searchTerms(query: string): string[] {
  const normalized = normalizeSearchText(query);
  return normalized ? [...new Set(normalized.split(' '))] : [];
}

/** An article as stored: its own text fields and its blocks (components of the dynamic zone). */
export interface SearchableArticle {
  title?: string | null;
  excerpt?: string | null;
  blocks?: Array<Record<string, unknown> & { __component?: string }> | null;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * What an article is found by: title, excerpt and the text the article's blocks hold
 * themselves (rich text, quotes with their source, the headings of statistic and
 * book-tip blocks). Book tips and statistics are documents of their own with their own
 * drafts; their titles are not copied in, so no draft text can reach the index.
 */
export function articleSearchText(article: SearchableArticle): string {
  const parts = [text(article.title), text(article.excerpt)];
  for (const block of article.blocks ?? []) {
    if (!block || typeof block !== 'object') continue;
    switch (block.__component) {
      case 'blocks.rich-text':
        parts.push(plainTextFromBlocks(block.body));
        break;
      case 'blocks.quote':
        parts.push(text(block.text), text(block.source));
        break;
      case STUDY_STAT_BLOCK:
      case 'blocks.book-tip':
        parts.push(text(block.heading));
        break;
      default:
        break;
    }
  }
  const normalized = normalizeSearchText(parts.join(' '));
  if (normalized.length <= MAX_SEARCH_TEXT_LENGTH) return normalized;
  const cut = normalized.slice(0, MAX_SEARCH_TEXT_LENGTH);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)) || cut;
}
