/** The reader's site: picks the page from the address and renders it from the REST API. */
import { matchReaderPath } from '../domain/reader-urls';
import { ApiUnreachableError } from './api';
import { renderArticle, renderHome, renderNotFound, renderUnreachable, type PageContext } from './pages';

async function start() {
  const main = document.getElementById('main');
  if (!main) return;
  const url = new URL(location.href);
  const route = matchReaderPath(url.pathname);
  const ctx: PageContext = { main, url, locale: 'locale' in route ? route.locale : 'de' };
  main.setAttribute('aria-busy', 'true');
  try {
    if (route.page === 'home') await renderHome(ctx);
    else if (route.page === 'article') await renderArticle(ctx, route.slug);
    else renderNotFound(ctx);
  } catch (error) {
    if (!(error instanceof ApiUnreachableError)) console.error(error);
    renderUnreachable(ctx);
  } finally {
    main.removeAttribute('aria-busy');
    document.body.dataset.rendered = 'true';
  }
}

void start();
