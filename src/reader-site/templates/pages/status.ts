/** The pages that say something went wrong: a heading, a few lines, never indexed. */
import { homePath } from '../../urls';
import { h, type Child } from '../markup';
import { textsFor } from '../texts';
import { baseHead, type Page, type PageRequest } from './page';

function statusPage(
  req: PageRequest,
  page: { status: number; title: string; testId: string; alert?: boolean; body: Child[]; maxAge: number; noStore?: boolean },
): Page {
  return {
    status: page.status,
    locale: req.locale,
    head: baseHead(req, page.title, { noindex: true }),
    main: [
      h(
        'section',
        { class: 'status-page', role: page.alert ? 'alert' : undefined, 'data-testid': page.testId },
        h('h1', {}, page.title),
        ...page.body,
      ),
    ],
    otherLanguage: null,
    maxAge: page.maxAge,
    noStore: page.noStore,
  };
}

export function notFoundPage(req: PageRequest): Page {
  const t = textsFor(req.locale);
  return statusPage(req, {
    status: 404,
    title: t.notFoundTitle,
    testId: 'not-found',
    body: [h('p', {}, t.notFoundText), h('p', {}, h('a', { href: homePath(req.locale) }, t.toHome))],
    maxAge: 60,
  });
}

export function unreachablePage(req: PageRequest): Page {
  const t = textsFor(req.locale);
  return statusPage(req, {
    status: 503,
    title: t.unreachableTitle,
    testId: 'unreachable',
    alert: true,
    body: [h('p', {}, t.unreachableText), h('p', {}, h('a', { href: req.url.pathname + req.url.search }, t.retry))],
    maxAge: 0,
    noStore: true,
  });
}

export function previewExpiredPage(req: PageRequest): Page {
  const t = textsFor(req.locale);
  return statusPage(req, {
    status: 401,
    title: t.previewExpiredTitle,
    testId: 'preview-expired',
    body: [h('p', {}, t.previewExpiredText)],
    maxAge: 0,
    noStore: true,
  });
}
