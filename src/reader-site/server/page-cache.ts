/**
 * Rendered reader pages, kept per address and per the ETags of the API answers they were
 * made from. With the reader's answers revalidated (src/reader-site/templates/api.ts), an unchanged page
 * costs one 304 from the API per answer and no rendering; any change to what the API says
 * gives new tags and so a new key. Pages made from an answer without a tag are not kept.
 */
import { LRUCache } from 'lru-cache';
import type { ApiAnswer, ReaderApi } from '../templates/api';

export interface RenderedPage {
  html: string;
  etag: string;
}

export type PageStore = LRUCache<string, RenderedPage>;

export function pageStore(maxBytes = 32 * 2 ** 20): PageStore {
  return new LRUCache<string, RenderedPage>({ maxSize: maxBytes, sizeCalculation: (page) => Math.max(1, page.html.length) });
}

/** The reader's API, noting the ETag of every answer a page is made from. */
export function recordingApi(api: ReaderApi): { api: ReaderApi; sources: Array<string | null> } {
  const sources: Array<string | null> = [];
  return {
    sources,
    api: {
      async get<T>(path: string): Promise<ApiAnswer<T>> {
        const answer = await api.get<T>(path);
        sources.push(`${path} ${answer.etag ?? ''}`);
        if (!answer.etag) sources.push(null);
        return answer;
      },
    },
  };
}

/** The page's key: what was asked, by which site, from which answers; null when one answer had no tag. */
export function pageKey(address: string, site: string, sources: Array<string | null>): string | null {
  if (sources.includes(null)) return null;
  return [address, site, ...sources].join('\n');
}
