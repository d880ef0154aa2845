/**
 * Drafts differential: a reader's filters, sorts and populates that pass through relations
 * see published rows only, at every depth, `localizations` included.
 *
 * 1. With the published demo content only, a seeded set of public reads
 *    (read-query-generator.ts: every content type, every relation path to depth 3, every
 *    string and date field along it, `$eq`/`$containsi`/`$startsWith`/`$lt`/`$null`, sorts
 *    and populates) is answered and kept.
 * 2. Drafts then carry the generator's marker in every string and date field: new draft-only
 *    documents of every draft-and-publish type linked to published ones, pending changes to
 *    published documents, and unpublished translations.
 * 3. Every read must answer exactly as before: the same status and the same body, byte for
 *    byte (headers that carry the content version or the time are not compared).
 *
 * Repeatable: the seed is printed; `READS_SEED=<seed>` sends the same reads again.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { DRAFT_MARKER, generateRelationReads, type GeneratedRead, type ReadSchema } from './read-query-generator';

const SEED = Number(process.env.READS_SEED ?? 20261130);
const CONCURRENCY = 4;

let app: TestInstance;
let reads: GeneratedRead[];
const before = new Map<string, { status: number; body: string }>();

/** The content API's view of the app's types, as the generator wants it. */
function readSchema(strapi: Core.Strapi): ReadSchema {
  const schema: ReadSchema = {};
  for (const [uid, contentType] of Object.entries(strapi.contentTypes) as Array<[string, any]>) {
    if (!uid.startsWith('api::')) continue;
    const type = {
      plural: contentType.info.pluralName,
      strings: [] as string[],
      dates: [] as string[],
      dateOnly: [] as string[],
      relations: {} as Record<string, string>,
    };
    for (const [name, attribute] of Object.entries(contentType.attributes) as Array<[string, any]>) {
      if (attribute.private) continue;
      if (['string', 'text', 'uid', 'email'].includes(attribute.type)) type.strings.push(name);
      if (attribute.type === 'date' || attribute.type === 'datetime') {
        if (['createdAt', 'updatedAt', 'publishedAt'].includes(name)) continue;
        type.dates.push(name);
        if (attribute.type === 'date') type.dateOnly.push(name);
      }
      if (attribute.type === 'relation' && String(attribute.target).startsWith('api::')) type.relations[name] = attribute.target;
    }
    schema[uid] = type;
  }
  return schema;
}

async function answerAll(list: GeneratedRead[]): Promise<Map<string, { status: number; body: string }>> {
  const answers = new Map<string, { status: number; body: string }>();
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const { url } = list[next++];
      const res = await request(app.server).get(url);
      answers.set(url, { status: res.status, body: res.text });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return answers;
}

/** Marker values for every string and date field a type has, as a draft would carry them. */
function markerData(strapi: Core.Strapi, uid: string, n: number): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(strapi.contentTypes[uid as keyof typeof strapi.contentTypes].attributes) as Array<
    [string, any]
  >) {
    if (attribute.private || ['createdAt', 'updatedAt', 'publishedAt'].includes(name)) continue;
    if (attribute.type === 'uid') data[name] = `${DRAFT_MARKER.slugPrefix}-${n}`;
    else if (attribute.type === 'string' || attribute.type === 'text' || attribute.type === 'email') data[name] = DRAFT_MARKER.text;
    else if (attribute.type === 'date') data[name] = DRAFT_MARKER.date;
    else if (attribute.type === 'datetime') data[name] = DRAFT_MARKER.dateTime;
  }
  return data;
}

/** Every string field that must stay valid for the write rules (ISBN, links) gets a valid value. */
const VALID_OVERRIDES: Record<string, Record<string, unknown>> = {
  'api::book-tip.book-tip': { isbn: null, link: null, authors: DRAFT_MARKER.text },
  'api::study.study': { sourceUrl: null, sampleSize: 10 },
  'api::statistic.statistic': { value: 42, unit: 'percent' },
};

async function writeDrafts(strapi: Core.Strapi): Promise<string[]> {
  const written: string[] = [];
  const docs = (uid: string) => strapi.documents(uid as any);
  const published = async (uid: string) => (await docs(uid).findMany({ status: 'published', locale: 'de', limit: 1000 } as any)) as any[];
  const [articles, studies, statistics, bookTips] = await Promise.all(
    ['api::article.article', 'api::study.study', 'api::statistic.statistic', 'api::book-tip.book-tip'].map(published),
  );
  const category = (await docs('api::category.category').findFirst({} as any)) as any;
  const author = (await docs('api::author.author').findFirst({} as any)) as any;
  const tag = (await docs('api::tag.tag').findFirst({} as any)) as any;
  let n = 1;
  const create = async (uid: string, extra: Record<string, unknown>) => {
    const data = { ...markerData(strapi, uid, n++), ...VALID_OVERRIDES[uid], ...extra };
    const created = (await docs(uid).create({ data, locale: 'de', status: 'draft' } as any)) as any;
    written.push(`${uid} draft-only ${created.documentId}`);
    return created.documentId as string;
  };

  // 1. Draft-only documents, linked to published ones from both sides.
  const draftStudy = await create('api::study.study', { supersededBy: studies[0].documentId, statistics: [] });
  const draftStatistic = await create('api::statistic.statistic', { study: studies[0].documentId });
  await create('api::statistic.statistic', { study: draftStudy });
  const draftBook = await create('api::book-tip.book-tip', {});
  const draftArticle = await create('api::article.article', {
    category: category.documentId,
    author: author.documentId,
    tags: [tag.documentId],
    related: articles.slice(0, 3).map((a) => a.documentId),
    freshness: 'auto',
    blocks: [
      { __component: 'blocks.study-stat', heading: DRAFT_MARKER.text, statistics: [draftStatistic] },
      { __component: 'blocks.book-tip', heading: DRAFT_MARKER.text, bookTips: [draftBook] },
    ],
  });
  // One more per category, author and tag, so every non-draft type relates to a draft.
  for (const cat of (await docs('api::category.category').findMany({ limit: 100 } as any)) as any[]) {
    await create('api::article.article', { category: cat.documentId, related: [draftArticle] });
  }

  // 2. Pending changes to published documents: the draft version changes, nothing is published.
  const change = async (uid: string, entry: any, extra: Record<string, unknown> = {}) => {
    const data = { ...markerData(strapi, uid, n++), ...VALID_OVERRIDES[uid], ...extra };
    await docs(uid).update({ documentId: entry.documentId, locale: 'de', data } as any);
    written.push(`${uid} pending change ${entry.documentId}`);
  };
  for (const entry of articles.slice(0, 4)) await change('api::article.article', entry, { related: [draftArticle] });
  for (const entry of studies.slice(0, 2)) await change('api::study.study', entry, { supersededBy: draftStudy });
  for (const entry of statistics.slice(0, 3)) await change('api::statistic.statistic', entry, { study: draftStudy });
  for (const entry of bookTips.slice(0, 2)) await change('api::book-tip.book-tip', entry);

  // 3. Unpublished translations of published documents that have none yet.
  const translate = async (uid: string, entries: any[], extra: Record<string, unknown> = {}) => {
    for (const entry of entries) {
      const existing = await docs(uid).findOne({ documentId: entry.documentId, locale: 'en' } as any);
      if (existing) continue;
      const data = { ...markerData(strapi, uid, n++), ...VALID_OVERRIDES[uid], ...extra };
      await docs(uid).update({ documentId: entry.documentId, locale: 'en', data } as any);
      written.push(`${uid} en draft ${entry.documentId}`);
      return entry.documentId as string;
    }
    throw new Error(`no published ${uid} without an English version to translate`);
  };
  await translate('api::article.article', articles);
  const translatedStudy = await translate('api::study.study', studies);
  await translate('api::statistic.statistic', statistics, { study: translatedStudy });
  await translate('api::book-tip.book-tip', bookTips);
  return written;
}

/**
 * Step 3 translates one published document of each type that has no English version. The
 * demo translates every book tip, so one German-only book tip is published before the reads
 * are first answered.
 */
async function publishUntranslatedBookTip(strapi: Core.Strapi) {
  await strapi.documents('api::book-tip.book-tip').create({
    data: { title: 'Nur auf Deutsch (Demo-Buch)', authors: 'Erika Mustermann', isbn: null, link: null },
    locale: 'de',
    status: 'published',
  } as any);
}

beforeAll(async () => {
  app = await startStrapi({ name: 'security-relation-filters' });
  await publishUntranslatedBookTip(app.strapi);
  reads = generateRelationReads(readSchema(app.strapi), SEED);
  // eslint-disable-next-line no-console
  console.log(`[relation-filters] seed ${SEED} (READS_SEED=${SEED} repeats it): ${reads.length} reads`);
  for (const [url, answer] of await answerAll(reads)) before.set(url, answer);
});

afterAll(async () => {
  await app?.stop();
});

describe('readers filter, sort and populate through published rows only', () => {
  it('the generated reads cover every content type, relation path and operator', () => {
    expect(reads.length).toBeGreaterThanOrEqual(500);
    for (const plural of ['articles', 'categories', 'authors', 'tags', 'studies', 'statistics', 'book-tips']) {
      expect(reads.some((r) => r.url.startsWith(`/api/${plural}?`))).toBe(true);
    }
    for (const needle of ['[localizations]', '[$eq]', '[$containsi]', '[$startsWith]', '[$lt]', '[$null]', 'sort=', 'populate[']) {
      expect(reads.some((r) => r.url.includes(needle))).toBe(true);
    }
    // Depth 3: e.g. categories → articles → localizations → author.
    expect(reads.some((r) => (r.url.match(/\]\[/g) ?? []).length >= 3 && r.kind === 'filter')).toBe(true);
  });

  it('no read fails on the server, and most are answered (not refused)', () => {
    const answers = [...before.values()];
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(answers.length * 0.8);
  });

  it('after drafts with markers in every field, every read answers byte for byte as before', async () => {
    const written = await writeDrafts(app.strapi);
    expect(written.length).toBeGreaterThanOrEqual(15);
    const after = await answerAll(reads);
    const changed: string[] = [];
    for (const { url } of reads) {
      const was = before.get(url)!;
      const now = after.get(url)!;
      if (was.status !== now.status || was.body !== now.body) {
        changed.push(`${url}: ${was.status} → ${now.status} ${now.body.slice(0, 160)}`);
      }
    }
    if (changed.length > 0) {
      // eslint-disable-next-line no-console
      console.error(
        `[relation-filters] seed ${SEED}: ${changed.length} of ${reads.length} reads changed:\n${changed.slice(0, 20).join('\n')}`,
      );
    }
    expect(changed).toEqual([]);
    // The drafts are really there (an editor sees them), so the sameness is the join's doing.
    const editorView = await app.strapi
      .documents('api::article.article')
      .findMany({ status: 'draft', filters: { title: DRAFT_MARKER.text } } as any);
    expect(editorView.length).toBeGreaterThan(0);
  });
});
