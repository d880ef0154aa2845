/**
 * Renders a reader page to the HTML of the first response: the same Preact templates for
 * every page (src/reader), data from the REST API through the reader's API client.
 */
import { render } from 'preact-render-to-string';
import { ApiError, ApiUnreachableError, type ReaderApi } from '../templates/api';
import { readerDocument } from '../templates/document';
import {
  articlePage,
  categoryPage,
  homePage,
  notFoundPage,
  searchPage,
  studyPage,
  unreachablePage,
  type Page,
  type PageRequest,
} from '../templates/pages';
import { textsFor } from '../templates/texts';
import type { ReaderRoute } from '../urls';

export type ReaderPageRoute =
  Extract<ReaderRoute, { page: 'home' | 'article' | 'category' | 'study' | 'search' }> | { page: 'not-found'; locale: string };

export async function loadPage(api: ReaderApi, route: ReaderPageRoute, req: PageRequest): Promise<Page> {
  try {
    if (route.page === 'home') return await homePage(api, req);
    if (route.page === 'article') return await articlePage(api, req, route.slug);
    if (route.page === 'category') return await categoryPage(api, req, route.slug);
    if (route.page === 'study') return await studyPage(api, req, route.slug);
    if (route.page === 'search') return await searchPage(api, req);
    return notFoundPage(req);
  } catch (error) {
    // A query the API refuses (a hand-made `?kategorie[0]=…`) is a page that does not exist.
    if (error instanceof ApiError && error.status < 500) return notFoundPage(req);
    if (error instanceof ApiUnreachableError) return unreachablePage(req);
    throw error;
  }
}

/** The fingerprinted paths every page links to. */
export interface PageAssets {
  stylesheet: string;
  icon: string;
}

export function pageHtml(page: Page, siteName: string, assets: PageAssets): string {
  const html = render(
    readerDocument({
      locale: page.locale,
      siteName,
      head: page.head,
      texts: textsFor(page.locale),
      otherLanguage: page.otherLanguage,
      main: page.main,
      stylesheet: assets.stylesheet,
      icon: assets.icon,
    }),
  );
  return `<!doctype html>${html}`;
}
