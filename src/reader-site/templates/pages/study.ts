/**
 * A study's page (`/studie/<slug>`, `/en/study/<slug>`): its method in one line and its
 * source, every statistic drawn with the articles' charts (and its data table), the
 * articles citing it, its earlier and newer editions; schema.org `Dataset` for search
 * engines. Data from the editorial plugin's `GET /api/editorial/studies/:slug`.
 */
import { breadcrumbJsonLd, jsonLdText } from '../../seo/article-json-ld';
import { datasetJsonLd } from '../../seo/study-json-ld';
import { articlePath, homePath, studyPath } from '../../urls';
import type { ReaderApi } from '../api';
import { dataTable } from '../blocks';
import { chartSvg, h, type Child } from '../markup';
import { readerDate, textsFor, type Texts } from '../texts';
import type { StudyPage } from '../types';
import { baseHead, OG_LOCALE, otherLocale, type Page, type PageRequest } from './page';

function statisticFigure(entry: StudyPage['statistics'][number], edition: string | null, t: Texts): Child {
  const chart = entry.chart ? chartSvg(entry.chart.svg, 'stat-block__chart') : null;
  const kind = chart ? entry.chart!.kind : 'list';
  return h(
    'figure',
    { class: `stat-block stat-block--${kind}`, 'data-chart': chart ? kind : undefined },
    chart ?? h('p', {}, h('strong', { class: 'stat-figure__value' }, entry.figure.display), ' ', entry.figure.label),
    chart ? dataTable([entry.figure], kind, edition, t) : null,
  );
}

function editionList(title: string, editions: StudyPage['editions']['earlier'], locale: string): Child {
  if (editions.length === 0) return null;
  return h(
    'section',
    { class: 'study__editions' },
    h('h2', {}, title),
    h(
      'ul',
      {},
      editions.map((e) => h('li', {}, e.slug ? h('a', { href: studyPath(e.slug, locale) }, e.title) : e.title, ` (${e.edition})`)),
    ),
  );
}

export async function studyPage(api: ReaderApi, req: PageRequest, slug: string): Promise<Page> {
  const locale = req.locale;
  const t = textsFor(locale);
  const answer = await api.get<{ data: StudyPage }>(
    `/api/editorial/studies/${encodeURIComponent(slug)}?locale=${encodeURIComponent(locale)}`,
  );
  const { study, method, citation, warning, statistics, articles, editions, localizations } = answer.body.data;
  const url = `${req.origin}${studyPath(study.slug ?? slug, locale)}`;
  const edition = study.publishedOn?.slice(0, 4) ?? null;
  const other = localizations.find((l) => l.locale === otherLocale(locale));
  const otherUrl = other ? `${req.origin}${studyPath(other.slug, other.locale)}` : null;
  const description = [study.population, study.methodology].filter(Boolean).join(' ') || t.studyFallbackDescription(study.title, method);
  const head = baseHead(req, study.title, {
    description,
    canonical: url,
    alternates: otherUrl
      ? [
          { hreflang: locale, href: url },
          { hreflang: other!.locale, href: otherUrl },
          { hreflang: 'x-default', href: locale === 'de' ? url : otherUrl },
        ]
      : [],
    openGraph: {
      type: 'website',
      title: study.title,
      description,
      url,
      siteName: req.siteName,
      locale: OG_LOCALE[locale] ?? locale,
      localeAlternates: other ? [OG_LOCALE[other.locale] ?? other.locale] : [],
    },
    jsonLd: [
      jsonLdText(
        datasetJsonLd({
          url,
          name: study.title,
          // Search engines want at least 50 characters; the method line makes short ones whole.
          description: description.length >= 50 ? description : `${description} ${method}`.trim(),
          locale,
          publisher: study.publisher,
          publishedOn: study.publishedOn,
          publishedOnPrecision: study.publishedOnPrecision,
          sampleSize: study.sampleSize,
          sourceUrl: study.sourceUrl,
          dateModified: study.updatedAt,
          variables: statistics.map(({ figure }) => ({
            name: figure.label,
            value: figure.value,
            unit: figure.unit,
            base: figure.base,
            display: figure.display,
          })),
          earlier: editions.earlier.filter((e) => e.slug).map((e) => `${req.origin}${studyPath(e.slug!, locale)}`),
          newer: editions.newer.filter((e) => e.slug).map((e) => `${req.origin}${studyPath(e.slug!, locale)}`),
        }),
      ),
      jsonLdText(
        breadcrumbJsonLd([
          { name: req.siteName, url: `${req.origin}${homePath(locale)}` },
          { name: study.title, url },
        ]),
      ),
    ],
  });

  const main: Child[] = [
    h(
      'article',
      { class: 'article study', 'data-testid': 'study', lang: locale },
      h(
        'header',
        { class: 'article__header' },
        h('p', { class: 'article__category' }, t.studyKicker),
        h('h1', {}, study.title),
        h('p', { class: 'study__method', 'data-testid': 'study-method' }, method),
      ),
      warning ? h('p', { class: 'stat-block__warning', role: 'note' }, warning) : null,
      h(
        'p',
        { class: 'study__source' },
        citation.text,
        study.sourceUrl ? [' (', h('a', { href: study.sourceUrl, rel: 'noopener' }, t.toSource), ')'] : null,
      ),
      study.population ? h('p', {}, h('strong', {}, `${t.studyPopulation}: `), study.population) : null,
      study.methodology ? h('p', {}, h('strong', {}, `${t.studyMethodology}: `), study.methodology) : null,
      statistics.length > 0
        ? h(
            'section',
            { class: 'study__figures' },
            h('h2', {}, t.studyFigures),
            statistics.map((entry) => statisticFigure(entry, edition, t)),
          )
        : null,
      h(
        'section',
        { class: 'study__cited-in', 'data-testid': 'study-cited-in' },
        h('h2', {}, t.studyCitedIn),
        articles.length > 0
          ? h(
              'ul',
              {},
              articles.map((a) =>
                h(
                  'li',
                  {},
                  h('a', { href: articlePath(a.slug, a.locale ?? locale) }, a.title),
                  a.date ? [' · ', h('time', { datetime: a.date }, readerDate(a.date, locale))] : null,
                ),
              ),
            )
          : h('p', {}, t.studyNotCited),
      ),
      editionList(t.studyEarlier, editions.earlier, locale),
      editionList(t.studyNewer, editions.newer, locale),
    ),
  ];
  return {
    status: 200,
    locale,
    head,
    main,
    otherLanguage: otherUrl ? { href: studyPath(other!.slug, other!.locale), hreflang: other!.locale } : null,
    maxAge: answer.maxAge,
  };
}
