/** The page around every reader page: head, header with language switch, main, footer. */
import { h, type Child, type Element } from './markup';
import { headElements, type HeadInfo } from './head';
import { feedPath, homePath } from '../urls';
import type { Texts } from './texts';
import { searchForm } from './listing';

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
  /** The favicon's fingerprinted path (the brand mark as SVG). */
  icon: string;
}

/**
 * The blog's mark: a speech bubble (social media is conversation) holding three rising bars
 * (the studies it reports). Drawn inline, coloured by the stylesheet, hidden from screen
 * readers: the name next to it is the link's text.
 */
export function brandMark(): Element {
  return h(
    'svg',
    { class: 'brand__mark', viewBox: '0 0 40 40', width: 36, height: 36, 'aria-hidden': 'true', focusable: 'false' },
    ...brandMarkShapes(),
  );
}

/** The brand's own colours, for the mark outside the page (favicon, publisher logo): as reader.css light. */
export const BRAND_COLOURS = { bubble: '#0b6e6e', bar: '#fbf8f3', accent: '#e0583a' };

function brandMarkShapes(colours?: typeof BRAND_COLOURS): Element[] {
  return [
    h('path', {
      class: 'brand__bubble',
      fill: colours?.bubble,
      d: 'M8 3h24a5 5 0 0 1 5 5v18a5 5 0 0 1-5 5H17l-8 7v-7H8a5 5 0 0 1-5-5V8a5 5 0 0 1 5-5z',
    }),
    h('rect', { class: 'brand__bar', fill: colours?.bar, x: 10, y: 17, width: 5, height: 8, rx: 1.5 }),
    h('rect', { class: 'brand__bar', fill: colours?.bar, x: 17.5, y: 13, width: 5, height: 12, rx: 1.5 }),
    h('rect', { class: 'brand__bar brand__bar--accent', fill: colours?.accent, x: 25, y: 9, width: 5, height: 16, rx: 1.5 }),
  ];
}

/** The same mark as a file of its own (favicon, and the publisher logo once rasterized). */
export function standaloneBrandMark(size: number): Element {
  return h(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 40 40', width: size, height: size },
    ...brandMarkShapes(BRAND_COLOURS),
  );
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
      h('link', { rel: 'icon', type: 'image/svg+xml', href: input.icon }),
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
          h(
            'a',
            { class: 'site-name brand', href: homePath(input.locale) },
            brandMark(),
            h('span', { class: 'brand__name' }, input.siteName),
          ),
          // The search box: a plain GET form to /suche, so it works without JavaScript.
          searchForm(t, input.locale, { id: 'site-search-q', className: 'site-search', name: t.search }),
          h(
            'nav',
            { class: 'site-nav', 'aria-label': t.siteNavigation },
            input.otherLanguage
              ? h(
                  'a',
                  {
                    href: input.otherLanguage.href,
                    hreflang: input.otherLanguage.hreflang,
                    lang: input.otherLanguage.hreflang,
                    'data-testid': 'language-switch',
                  },
                  t.otherLanguage,
                )
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
