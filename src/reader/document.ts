/** The page around every reader page: head, header with language switch, main, footer. */
import { h, type Child, type Element } from './markup';
import { headElements, type HeadInfo } from './head';
import { feedPath, homePath } from '../domain/reader-urls';
import type { Texts } from './texts';

export interface DocumentInput {
  locale: string;
  siteName: string;
  head: HeadInfo;
  texts: Texts;
  /** The same page in the other language, if there is one. */
  otherLanguage: { href: string; hreflang: string } | null;
  main: Child[];
  /** The stylesheet's fingerprinted path. */
  stylesheet: string;
}

export function readerDocument(input: DocumentInput): Element {
  const t = input.texts;
  return h(
    'html',
    { lang: input.locale },
    h(
      'head',
      {},
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'application-name', content: input.siteName }),
      h('meta', { name: 'color-scheme', content: 'light dark' }),
      ...headElements(input.head),
      h('link', { rel: 'stylesheet', href: input.stylesheet }),
    ),
    h(
      'body',
      // Complete as sent: browser tests wait for this, as they did when a script rendered the page.
      { 'data-rendered': 'true' },
      h('a', { class: 'skip-link', href: '#main' }, t.skip),
      h(
        'header',
        { class: 'site-header' },
        h(
          'div',
          { class: 'site-header__inner' },
          h('a', { class: 'site-name', href: homePath(input.locale) }, input.siteName),
          h(
            'nav',
            { class: 'site-nav', 'aria-label': t.siteNavigation },
            input.otherLanguage
              ? h('a', { href: input.otherLanguage.href, hreflang: input.otherLanguage.hreflang, lang: input.otherLanguage.hreflang, 'data-testid': 'language-switch' }, t.otherLanguage)
              : null,
            h('a', { id: 'feed-link', href: feedPath(input.locale) }, 'RSS'),
          ),
        ),
      ),
      h('main', { id: 'main', class: 'site-main', tabindex: '-1' }, ...input.main),
      h(
        'footer',
        { class: 'site-footer' },
        h('p', {}, t.footer, ' ', h('a', { href: feedPath(input.locale) }, t.feed), ' · ', h('a', { href: '/sitemap.xml' }, 'Sitemap')),
      ),
    ),
  );
}
