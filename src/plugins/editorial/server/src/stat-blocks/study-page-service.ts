/**
 * What a study's reader page shows (`GET /api/editorial/studies/:slug`): the study with its
 * method in one line, each of its statistics drawn with the same charts as the articles'
 * blocks, the articles that cite it and its earlier and newer editions. Published versions
 * only, and only the fields a study's public API already gives.
 */
import type { Core } from '@strapi/strapi';
import type { StudyEdition, StudyPage, StudyStatistic } from '../../../shared/contracts';
import { methodLine } from './citation';
import { InvalidFigureError } from './stat-format';
import {
  editionName,
  renderStatBlock,
  renderStudySource,
  type EditionStatisticInput,
  type StatBlockOptions,
  type StudyInput,
} from './rules';
import { drawStatChart } from './stat-chart';
import { resolveLocale } from '../../../shared/locale';
import { getService } from '../get-service';

const STUDY_FIELDS = [
  'title',
  'slug',
  'publisher',
  'publishedOn',
  'publishedOnPrecision',
  'fieldworkPeriod',
  'sampleSize',
  'population',
  'representative',
  'methodology',
  'sourceUrl',
  'updatedAt',
  'locale',
];
const EDITION_FIELDS = ['title', 'slug', 'publishedOn'];
const STATISTIC_FIELDS = ['label', 'value', 'unit', 'base', 'qualifier', 'note'];

type Row = Record<string, any>;

function edition(study: { title: string; slug?: string | null; publishedOn?: string | null } | null | undefined): StudyEdition | null {
  if (!study?.title) return null;
  return { title: study.title, slug: study.slug ?? null, publishedOn: study.publishedOn ?? null, edition: editionName(study) };
}

/** Editions named twice (by `supersededBy` and by a continued statistic) are listed once, oldest first. */
function distinctEditions(list: Array<StudyEdition | null>, self: string): StudyEdition[] {
  const byKey = new Map<string, StudyEdition>();
  for (const item of list) if (item && item.slug !== self && !byKey.has(item.slug ?? item.title)) byKey.set(item.slug ?? item.title, item);
  return [...byKey.values()].sort((a, b) => String(a.publishedOn ?? '').localeCompare(String(b.publishedOn ?? '')));
}

const createStudyPageService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async load(slug: string, locale: string, contentVersion?: number): Promise<StudyPage | null> {
    const studies = strapi.documents(getService(strapi, 'settings').fileConfig().statBlock.study as any) as any;
    const found: Row | null = await studies.findFirst({
      filters: { slug: { $eq: slug } },
      locale,
      status: 'published',
      fields: STUDY_FIELDS,
      populate: {
        supersededBy: { fields: EDITION_FIELDS },
        statistics: { fields: STATISTIC_FIELDS },
        localizations: { fields: ['slug', 'locale', 'publishedAt'] },
      },
    });
    if (!found) return null;
    const settings = await getService(strapi, 'settings').get(contentVersion);
    const options: StatBlockOptions = {
      locale: resolveLocale(locale),
      timeZone: settings.timeZone,
      studyOutdatedAfterMonths: settings.studyOutdatedAfterMonths,
      now: new Date(),
    };
    const study: StudyInput = {
      id: found.id,
      documentId: found.documentId,
      title: found.title,
      slug: found.slug,
      publisher: found.publisher,
      publishedOn: found.publishedOn,
      publishedOnPrecision: found.publishedOnPrecision,
      sampleSize: found.sampleSize,
      representative: found.representative,
      fieldworkPeriod: found.fieldworkPeriod,
      sourceUrl: found.sourceUrl,
      supersededBy: found.supersededBy ? { title: found.supersededBy.title, slug: found.supersededBy.slug ?? null } : null,
    };
    const source = renderStudySource(study, options);

    const rows: Row[] = [...(found.statistics ?? [])].sort((a, b) => Number(a.id) - Number(b.id));
    const [editions, articles, supersededThis] = await Promise.all([
      getService(strapi, 'stat-blocks').editions(
        rows.map((row) => Number(row.id)),
        true,
      ),
      getService(strapi, 'study-citations').citing(settings.contentTypes[0], Number(found.id), locale),
      studies.findMany({
        filters: { supersededBy: { documentId: { $eq: found.documentId } } },
        locale,
        status: 'published',
        fields: EDITION_FIELDS,
      }) as Promise<Row[]>,
    ]);

    const statistics: StudyStatistic[] = [];
    const earlierStudies: Array<EditionStatisticInput['study']> = [];
    const newerStudies: Array<EditionStatisticInput['study']> = [];
    for (const row of rows) {
      const earlier = editions.earlier.get(String(row.id)) ?? null;
      const newer = editions.newer.get(String(row.id)) ?? null;
      if (earlier) earlierStudies.push(earlier.study);
      if (newer) newerStudies.push(newer.study);
      const display = earlier ? 'compare' : 'auto';
      try {
        const rendered = renderStatBlock(
          { heading: row.label, display, statistics: [{ ...row, value: row.value, unit: row.unit, study, earlier, newer } as any] },
          options,
        );
        const drawn = drawStatChart(rendered, display, options.locale, editionName(study), false);
        statistics.push({
          figure: rendered.figures[0],
          chart: drawn ? { kind: drawn.kind, summary: drawn.summary, svg: drawn.svg } : null,
        });
      } catch (error) {
        // One statistic written around the write rules must not take the page down.
        if (!(error instanceof InvalidFigureError)) throw error;
        strapi.log.warn(`[editorial] study ${slug}: left out a statistic that cannot be shown: ${error.message}`);
      }
    }

    return {
      study: {
        ...source.study,
        documentId: found.documentId,
        locale: found.locale ?? null,
        publishedOnPrecision: found.publishedOnPrecision ?? 'day',
        fieldworkPeriod: found.fieldworkPeriod ?? null,
        population: found.population ?? null,
        methodology: found.methodology ?? null,
        sourceUrl: source.citation.url,
        updatedAt: found.updatedAt ? new Date(found.updatedAt).toISOString() : null,
      },
      method: methodLine({ ...study, sampleSize: source.study.sampleSize }, options.locale, options.timeZone),
      citation: source.citation,
      warning: source.warning,
      statistics,
      articles,
      editions: {
        earlier: distinctEditions(
          [...supersededThis.map((row) => edition(row as StudyEdition)), ...earlierStudies.map(edition)],
          found.slug,
        ),
        newer: distinctEditions([edition(found.supersededBy), ...newerStudies.map(edition)], found.slug),
      },
      localizations: (found.localizations ?? [])
        .filter((l: Row) => l.publishedAt && l.slug)
        .map((l: Row) => ({ locale: l.locale, slug: l.slug })),
    };
  },
});

export type StudyPageService = ReturnType<typeof createStudyPageService>;
export default createStudyPageService;

declare module '../get-service' {
  interface EditorialServices {
    'study-page': StudyPageService;
  }
}
