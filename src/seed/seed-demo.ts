/**
 * Imports the demo blog. Every step looks its document up by natural key first, so the
 * import can run any number of times and a run killed half-way completes on the next
 * one without duplicates.
 */
import type { Core } from '@strapi/strapi';
import { runExclusively } from '../runtime/lease';
import { refreshPlannerStatistics } from '../runtime/planner-statistics';
import { ARTICLE, AUTHOR, BOOK_TIP, CATEGORY, STATISTIC, STUDY, TAG, STUDY_STAT_BLOCK } from '../domain/blog';
import * as demo from './demo-content';
import { demoCoverAlt, demoCoverCaption, demoCoverFileName, demoCoverPng } from './demo-cover';
import fs from 'fs';
import os from 'os';
import path from 'path';

/** Renewed while the import runs; an import killed mid-way frees it within this time. */
const SEED_LEASE_MS = 30_000;
/** Another instance's import takes seconds; wait for it rather than start serving half a blog. */
const SEED_WAIT_MS = 5 * 60_000;
import { blocksFromText } from './rich-text';

type Uid = Parameters<Core.Strapi['documents']>[0];
type Doc = { documentId: string; publishedAt?: string | null } & Record<string, any>;

/** The Document Service calls the import uses; its generated types differ per content type. */
interface DocumentCalls {
  findFirst(params: Record<string, unknown>): Promise<Doc | null>;
  findOne(params: Record<string, unknown>): Promise<Doc | null>;
  create(params: Record<string, unknown>): Promise<Doc>;
  update(params: Record<string, unknown>): Promise<Doc>;
  publish(params: Record<string, unknown>): Promise<unknown>;
}

export interface SeedReport {
  created: number;
  existing: number;
}

const STORE_KEY = 'demo-seed';

class SeedRun {
  private step = 0;
  readonly report: SeedReport = { created: 0, existing: 0 };
  /** `documentId|locale` of what this run created: only those get links set after creation. */
  private readonly created = new Set<string>();
  private readonly total: number;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly now: Date,
    /** An earlier import was interrupted: what it created may still lack its follow-up link. */
    private readonly resuming = false,
  ) {
    this.total =
      demo.categories.reduce((n, c) => n + (c.en ? 2 : 1), 0) +
      demo.tags.length +
      1 +
      demo.studies.reduce((n, s) => n + (s.en ? 2 : 1), 0) +
      demo.statistics.reduce((n, s) => n + (s.en ? 2 : 1), 0) +
      demo.bookTips.reduce((n, b) => n + (b.en ? 2 : 1), 0) +
      demo.articles.length +
      demo.articles.filter((a) => a.followUp).length;
  }

  private progress(what: string, created: boolean) {
    this.step += 1;
    if (created) this.report.created += 1;
    else this.report.existing += 1;
    const width = String(this.total).length;
    this.strapi.log.info(`[seed] ${String(this.step).padStart(width)}/${this.total} ${created ? 'angelegt ' : 'vorhanden'} ${what}`);
  }

  /** Finds the document in this locale (draft or published), or creates and publishes it. */
  private async ensure(
    uid: Uid,
    where: Record<string, unknown>,
    locale: string | undefined,
    data: Record<string, unknown>,
    label: string,
    translationOf?: string,
    beforeCreate?: () => Promise<Record<string, unknown>>,
  ) {
    const docs = this.strapi.documents(uid) as unknown as DocumentCalls;
    const existing = await docs.findFirst({ filters: where, locale, status: 'draft' });
    if (existing) {
      const published = await docs.findOne({ documentId: existing.documentId, locale, status: 'published' });
      // A run killed between create and publish leaves a draft only.
      if (!published) await docs.publish({ documentId: existing.documentId, locale });
      this.progress(label, false);
      return existing;
    }
    if (beforeCreate) data = { ...data, ...(await beforeCreate()) };
    const created = translationOf
      ? await docs.update({ documentId: translationOf, locale, data, status: 'published' })
      : await docs.create({ data, locale, status: 'published' });
    this.created.add(`${created.documentId}|${locale ?? ''}`);
    this.progress(label, true);
    return created;
  }

  private async ensurePlain(uid: Uid, slug: string, data: Record<string, unknown>, label: string) {
    return this.ensure(uid, { slug }, undefined, { ...data, slug }, label);
  }

  private dateFor(published: demo.DemoArticle['published']): string {
    if (typeof published === 'string') return published;
    const d = new Date(this.now.getTime() - published.daysAgo * 86_400_000);
    d.setUTCHours(8, 0, 0, 0);
    return d.toISOString();
  }

  private studyDate(publishedOn: demo.DemoStudy['publishedOn']): string {
    if (typeof publishedOn === 'string') return publishedOn;
    const d = new Date(Date.UTC(this.now.getUTCFullYear(), this.now.getUTCMonth() - publishedOn.monthsAgo, 1));
    return d.toISOString().slice(0, 10);
  }

  async run(): Promise<SeedReport> {
    const ids = {
      category: new Map<string, string>(),
      tag: new Map<string, string>(),
      study: new Map<string, string>(),
      statistic: new Map<string, string>(),
      book: new Map<string, string>(),
      article: new Map<string, string>(),
    };

    for (const c of demo.categories) {
      const doc = await this.ensure(
        CATEGORY,
        { slug: c.slug },
        'de',
        { slug: c.slug, name: c.name, description: c.description, outdatedAfterMonths: c.outdatedAfterMonths ?? null },
        `Kategorie „${c.name}“ (de)`,
      );
      ids.category.set(c.slug, doc.documentId);
      // Same slug in English: one URL key per category; English articles link to this version.
      if (c.en)
        await this.ensure(
          CATEGORY,
          { slug: c.slug },
          'en',
          { slug: c.slug, ...c.en, outdatedAfterMonths: c.outdatedAfterMonths ?? null },
          `Kategorie „${c.en.name}“ (en)`,
          doc.documentId,
        );
    }
    for (const t of demo.tags) {
      const doc = await this.ensurePlain(TAG, t.slug, { name: t.name }, `Schlagwort „${t.name}“`);
      ids.tag.set(t.slug, doc.documentId);
    }
    const authorDoc = await this.ensurePlain(
      AUTHOR,
      demo.author.slug,
      { name: demo.author.name, bio: demo.author.bio },
      `Autorin „${demo.author.name}“`,
    );

    for (const s of demo.studies) {
      const shared = {
        slug: s.slug,
        publisher: s.publisher,
        publishedOn: this.studyDate(s.publishedOn),
        publishedOnPrecision: s.publishedOnPrecision,
        sampleSize: s.sampleSize,
        representative: s.representative,
        sourceUrl: s.sourceUrl ?? null,
      };
      const de = await this.ensure(STUDY, { slug: s.slug }, 'de', { ...shared, ...s.de }, `Studie „${s.de.title}“ (de)`);
      ids.study.set(s.slug, de.documentId);
      if (s.en) await this.ensure(STUDY, { slug: s.slug }, 'en', { ...shared, ...s.en }, `Studie „${s.en.title}“ (en)`, de.documentId);
    }

    for (const st of demo.statistics) {
      const continues = st.continues ? ids.statistic.get(st.continues) : undefined;
      if (st.continues && !continues) throw new Error(`Demo statistic ${st.key} continues ${st.continues}, which is not seeded before it`);
      const shared = {
        value: st.value,
        unit: st.unit,
        base: st.base ?? null,
        qualifier: st.qualifier ?? 'exact',
        study: ids.study.get(st.study),
        ...(continues ? { continues } : {}),
      };
      // Statistics have no slug: the label is their natural key within a locale.
      const de = await this.ensure(STATISTIC, { label: st.de.label }, 'de', { ...shared, ...st.de }, `Statistik ${st.key} (de)`);
      ids.statistic.set(st.key, de.documentId);
      if (st.en)
        await this.ensure(STATISTIC, { label: st.en.label }, 'en', { ...shared, ...st.en }, `Statistik ${st.key} (en)`, de.documentId);
    }

    for (const b of demo.bookTips) {
      const { key, en, ...data } = b;
      const doc = await this.ensure(BOOK_TIP, { title: b.title }, 'de', data, `Buchtipp „${b.title}“`);
      ids.book.set(key, doc.documentId);
      if (en) await this.ensure(BOOK_TIP, { title: en.title }, 'en', { ...data, ...en }, `Buchtipp „${en.title}“ (en)`, doc.documentId);
    }

    for (const a of demo.articles) {
      const translationOf = a.translates ? ids.article.get(a.translates) : undefined;
      if (a.translates && !translationOf)
        throw new Error(`Demo article ${a.slug} translates ${a.translates}, which is not seeded before it`);
      const data = {
        title: a.title,
        slug: a.slug,
        excerpt: a.excerpt,
        originallyPublishedAt: this.dateFor(a.published),
        freshness: a.freshness ?? 'auto',
        metaTitle: a.title.slice(0, 70),
        metaDescription: a.metaDescription ?? a.excerpt.slice(0, 160),
        category: ids.category.get(a.category),
        tags: a.tags.map((t) => ids.tag.get(t)),
        author: authorDoc.documentId,
        related: (a.related ?? []).map((slug) => {
          const id = ids.article.get(slug);
          if (!id) throw new Error(`Demo article ${a.slug} relates to ${slug}, which is not seeded before it`);
          return id;
        }),
        blocks: a.blocks.map((block) => this.block(block, ids)),
      };
      const doc = await this.ensure(
        ARTICLE,
        { slug: a.slug },
        a.locale,
        data,
        `Artikel „${a.title}“ (${a.locale})`,
        translationOf,
        async () => ({ cover: await this.demoCover(a) }),
      );
      if (a.locale === 'de') ids.article.set(a.slug, doc.documentId);
    }
    // Follow-ups point forward (2014 → a later article), so they are linked once all exist.
    for (const a of demo.articles.filter((article) => article.followUp)) await this.linkFollowUp(a, ids.article);
    return this.report;
  }

  /**
   * Sets the demo article's follow-up on what this import created (or an interrupted one
   * left behind). An existing article keeps what editors made of it, as every other
   * step of the import does; a follow-up without a version in the article's locale is
   * not linked (Strapi links the version in the article's own locale).
   */
  private async linkFollowUp(a: demo.DemoArticle, articles: Map<string, string>) {
    const label = `Folgeartikel von „${a.title}“ (${a.locale})`;
    const documentId = articles.get(a.translates ?? a.slug);
    const target = articles.get(a.followUp as string);
    if (!documentId || !target) throw new Error(`Demo article ${a.slug}: follow-up ${a.followUp} is not seeded`);
    const docs = this.strapi.documents(ARTICLE) as unknown as DocumentCalls;
    const draft = await docs.findOne({ documentId, locale: a.locale, status: 'draft', populate: { followUp: { fields: ['documentId'] } } });
    const targetInLocale = await docs.findOne({ documentId: target, locale: a.locale, status: 'published', fields: ['documentId'] });
    const mayLink = this.resuming || this.created.has(`${documentId}|${a.locale}`);
    if (!draft || draft.followUp || !targetInLocale || !mayLink) {
      this.progress(label, false);
      return;
    }
    await docs.update({ documentId, locale: a.locale, data: { followUp: target }, status: 'published' });
    this.progress(label, true);
  }

  /**
   * The article's cover: a generated demo illustration (src/seed/demo-cover.ts) in the media
   * library as `demo-cover-<slug>.png`, captioned "Demo-Illustration". Uploaded only for an
   * article about to be created, and found by its name when an interrupted run left it behind.
   */
  private async demoCover(a: demo.DemoArticle): Promise<number | null> {
    // Each upload also writes four resized copies (about 0.3 s a cover): tests that never look
    // at covers switch them off, and an operator may too.
    if (process.env.SEED_DEMO_COVERS === 'false') return null;
    const name = demoCoverFileName(a.slug, a.locale);
    const existing = await this.strapi.db.query('plugin::upload.file').findOne({ where: { name }, select: ['id'] });
    if (existing) return existing.id;
    // A translation gets the same picture as the German article, with alt text in its language.
    const png = demoCoverPng(a.translates ?? a.slug, a.category);
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'demo-cover-'));
    const filepath = path.join(dir, name);
    try {
      await fs.promises.writeFile(filepath, png);
      const [file] = await this.strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: { fileInfo: { name, alternativeText: demoCoverAlt(a.category, a.locale), caption: demoCoverCaption(a.locale) } },
          files: { filepath, originalFilename: name, mimetype: 'image/png', size: png.length },
        });
      this.strapi.log.info(`[seed] Titelbild ${name} hochgeladen`);
      return file.id;
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  }

  private block(block: demo.DemoBlock, ids: { statistic: Map<string, string>; book: Map<string, string> }) {
    const lookup = (map: Map<string, string>, key: string) => {
      const id = map.get(key);
      if (!id) throw new Error(`Demo content refers to unknown key ${key}`);
      return id;
    };
    switch (block.kind) {
      case 'text':
        return { __component: 'blocks.rich-text', body: blocksFromText(block.body) };
      case 'stats':
        return {
          __component: STUDY_STAT_BLOCK,
          heading: block.heading ?? null,
          display: block.display ?? 'auto',
          statistics: block.statistics.map((k) => lookup(ids.statistic, k)),
        };
      case 'books':
        return { __component: 'blocks.book-tip', heading: block.heading ?? null, bookTips: block.bookTips.map((k) => lookup(ids.book, k)) };
      case 'quote':
        return { __component: 'blocks.quote', text: block.text, source: block.source ?? null };
      default:
        throw new Error('Unknown demo block');
    }
  }
}

/** When the demo import last finished (ISO), for the sitemap's `lastmod`. */
export const IMPORTED_AT_KEY = 'demo-seed-finished-at';

/** Imports the demo blog now, whatever was imported before (idempotent). */
export async function seedDemoContent(strapi: Core.Strapi, now = new Date()): Promise<SeedReport> {
  const store = strapi.store({ type: 'core', name: 'blog' });
  const resuming = (await store.get({ key: STORE_KEY })) === 'started';
  await store.set({ key: STORE_KEY, value: 'started' });
  strapi.log.info('[seed] Importiere die Demo-Inhalte …');
  const report = await new SeedRun(strapi, now, resuming).run();
  await store.set({ key: STORE_KEY, value: 'done' });
  // The import writes every article's updatedAt; the sitemap does not count that as a change.
  await store.set({ key: IMPORTED_AT_KEY, value: new Date().toISOString() });
  strapi.log.info(`[seed] Fertig: ${report.created} angelegt, ${report.existing} schon vorhanden.`);
  return report;
}

/**
 * On start: import into an empty database, or finish an import that was interrupted.
 * A database with the editors' own articles and no import on record is left alone.
 */
export async function seedDemoContentOnFirstStart(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env.SEED_DEMO === 'false') return;
  const needed = async () => {
    const state = await strapi.store({ type: 'core', name: 'blog' }).get({ key: STORE_KEY });
    if (state === 'done') return false;
    if (state === 'started') return true;
    return (await strapi.db.query(ARTICLE).count()) === 0;
  };
  if (!(await needed())) return;
  // Several instances starting on one empty database import once: the others wait for
  // the lease, then find the import done.
  const { ran } = await runExclusively(strapi, 'demo-seed', { ttlMs: SEED_LEASE_MS, waitMs: SEED_WAIT_MS }, async () => {
    if (!(await needed())) {
      strapi.log.info('[seed] Eine andere Instanz hat die Demo-Inhalte schon importiert.');
      return;
    }
    await seedDemoContent(strapi);
    // Fresh tables: give the query planner statistics for the data just written.
    await refreshPlannerStatistics(strapi);
  });
  if (!ran) strapi.log.warn('[seed] Eine andere Instanz importiert seit über 5 Minuten; dieser Start importiert nicht.');
}
