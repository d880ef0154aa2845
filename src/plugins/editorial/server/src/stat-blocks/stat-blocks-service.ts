/**
 * Loads what study-stat blocks cite: the blocks' statistics with their studies (and a
 * newer edition, if any), in a constant number of queries for any number of blocks.
 * Public reads see published statistics and studies only.
 */
import type { Core } from '@strapi/strapi';
import type { EditionStatisticInput, StatBlockInput, StudyInput } from './rules';
import { dbBoolean, dbDate, dbNumber } from '../domain/db-values';
import { modelNames, type JoinTableNames, type ModelNames } from '../database/table-names';
import { getService } from '../get-service';
import type { Status } from '../constants';
import { firstOfEach, readInChunks } from '../database/chunked-reads';

interface Names {
  block: ModelNames;
  statistic: ModelNames;
  study: ModelNames;
  statistics: JoinTableNames;
  study_: JoinTableNames;
  supersededBy: JoinTableNames | null;
  continues: JoinTableNames | null;
}

type Row = Record<string, any>;

/**
 * Plain SQL rather than Strapi's populate: this runs on every public read of an article
 * with study-stat blocks, and the query layer's populate machinery cost more than the
 * queries themselves (docs/performance.md). Same rows, same visibility rules: a published
 * read sees published statistics and studies only; a newer edition only when published.
 */
const createStatBlocksService = ({ strapi }: { strapi: Core.Strapi }) => {
  let names: Names | null | undefined;
  const resolveNames = (): Names | null => {
    if (names !== undefined) return names;
    const types = getService(strapi, 'settings').fileConfig().statBlock;
    const block = modelNames(strapi, types.component);
    const statistic = modelNames(strapi, types.statistic);
    const study = modelNames(strapi, types.study);
    const statistics = block?.join('statistics');
    const study_ = statistic?.join('study');
    names =
      block && statistic && study && statistics && study_
        ? { block, statistic, study, statistics, study_, supersededBy: study.join('supersededBy'), continues: statistic.join('continues') }
        : null;
    return names;
  };

  /**
   * `status` is the version of the blocks' owner; `cited` the version of the statistics and
   * studies shown. A draft's blocks link to draft statistics; with `cited` 'published' each
   * is replaced by its published version (same document and locale), or left out when it
   * has none, as it will be once the draft is published.
   */
  async function loadChunk(n: Names, ids: number[], status: Status, cited: Status, result: Map<number, StatBlockInput>) {
    const knex = strapi.db.connection;
    const published = cited === 'published';
    const viaPublishedVersion = status === 'draft' && published;
    const col = (model: ModelNames, alias: string, attribute: string) => `${alias}.${model.column(attribute) ?? attribute}`;
    const publishedAt = (model: ModelNames, alias: string) => `${alias}.${model.column('publishedAt') ?? 'published_at'}`;
    const order = [
      { column: 'b.id' },
      ...(n.statistics.orderColumn ? [{ column: `l.${n.statistics.orderColumn}` }] : []),
      { column: 'l.id' },
    ];
    const rows: Array<Record<string, any>> = await knex({ b: n.block.table })
      .leftJoin({ l: n.statistics.table }, `l.${n.statistics.ownerColumn}`, 'b.id')
      .modify((query: any) => {
        if (!viaPublishedVersion) {
          query.leftJoin({ s: n.statistic.table }, function joinStatistic(this: any) {
            this.on('s.id', '=', `l.${n.statistics.targetColumn}`);
            if (published) this.andOnNotNull(publishedAt(n.statistic, 's'));
          });
          return;
        }
        const documentId = n.statistic.column('documentId') ?? 'document_id';
        const locale = n.statistic.column('locale');
        query
          .leftJoin({ d: n.statistic.table }, 'd.id', `l.${n.statistics.targetColumn}`)
          .leftJoin({ s: n.statistic.table }, function joinPublished(this: any) {
            this.on(`s.${documentId}`, '=', `d.${documentId}`);
            if (locale) this.andOn(`s.${locale}`, '=', `d.${locale}`);
            this.andOnNotNull(publishedAt(n.statistic, 's'));
          });
      })
      .leftJoin({ sl: n.study_.table }, `sl.${n.study_.ownerColumn}`, 's.id')
      .leftJoin({ st: n.study.table }, function joinStudy(this: any) {
        this.on('st.id', '=', `sl.${n.study_.targetColumn}`);
        if (published) this.andOnNotNull(publishedAt(n.study, 'st'));
      })
      .whereIn('b.id', ids)
      .select({
        blockId: 'b.id',
        heading: col(n.block, 'b', 'heading'),
        display: col(n.block, 'b', 'display'),
        linkId: 'l.id',
        statisticId: 's.id',
        label: col(n.statistic, 's', 'label'),
        value: col(n.statistic, 's', 'value'),
        unit: col(n.statistic, 's', 'unit'),
        base: col(n.statistic, 's', 'base'),
        qualifier: col(n.statistic, 's', 'qualifier'),
        note: col(n.statistic, 's', 'note'),
        studyId: 'st.id',
        studyDocumentId: col(n.study, 'st', 'documentId'),
        title: col(n.study, 'st', 'title'),
        slug: col(n.study, 'st', 'slug'),
        publisher: col(n.study, 'st', 'publisher'),
        publishedOn: col(n.study, 'st', 'publishedOn'),
        publishedOnPrecision: col(n.study, 'st', 'publishedOnPrecision'),
        sampleSize: col(n.study, 'st', 'sampleSize'),
        representative: col(n.study, 'st', 'representative'),
        fieldworkPeriod: col(n.study, 'st', 'fieldworkPeriod'),
        sourceUrl: col(n.study, 'st', 'sourceUrl'),
      })
      .orderBy(order);

    const studyIds = [...new Set(rows.map((r) => r.studyId).filter((id) => id !== null && id !== undefined))];
    const newer = new Map<string, { title: string; slug: string | null }>();
    if (n.supersededBy && studyIds.length > 0) {
      const sup = n.supersededBy;
      const editions: Array<Record<string, any>> = await knex({ l: sup.table })
        .join({ e: n.study.table }, 'e.id', `l.${sup.targetColumn}`)
        .whereNotNull(publishedAt(n.study, 'e'))
        .whereIn(`l.${sup.ownerColumn}`, studyIds)
        .select({ studyId: `l.${sup.ownerColumn}`, title: col(n.study, 'e', 'title'), slug: col(n.study, 'e', 'slug') })
        .orderBy('l.id');
      for (const e of editions) if (!newer.has(String(e.studyId))) newer.set(String(e.studyId), { title: e.title, slug: e.slug ?? null });
    }

    const statisticIds = [...new Set(rows.map((r) => r.statisticId).filter((id) => id !== null && id !== undefined))];
    const { earlier, newer: newerFigures } = await loadEditions(n, statisticIds, published);

    // A statistic with two study links would repeat; a block without statistics has one row with no link.
    for (const row of firstOfEach(rows, (r) => `${r.blockId}:${r.linkId}`)) {
      const blockId = Number(row.blockId);
      let block = result.get(blockId);
      if (!block) {
        block = { heading: row.heading ?? null, display: row.display ?? null, statistics: [] };
        result.set(blockId, block);
      }
      if (row.statisticId === null || row.statisticId === undefined) continue;
      block.statistics.push({
        label: row.label ?? null,
        value: dbNumber(row.value) ?? row.value,
        unit: row.unit,
        base: dbNumber(row.base),
        qualifier: row.qualifier ?? 'exact',
        note: row.note ?? null,
        study: row.studyId === null || row.studyId === undefined ? null : toStudy(row, newer.get(String(row.studyId)) ?? null),
        earlier: earlier.get(String(row.statisticId)) ?? null,
        newer: newerFigures.get(String(row.statisticId)) ?? null,
      });
    }
  }

  /**
   * The other editions of the loaded statistics (relation `continues`): the one each
   * continues, and the newest one continuing it. Two queries for any number of statistics;
   * a published read sees published statistics and studies only.
   */
  async function loadEditions(n: Names, ids: unknown[], published: boolean) {
    const earlier = new Map<string, EditionStatisticInput>();
    const newer = new Map<string, EditionStatisticInput>();
    if (!n.continues || ids.length === 0) return { earlier, newer };
    const knex = strapi.db.connection;
    const c = n.continues;
    const col = (model: ModelNames, alias: string, attribute: string) => `${alias}.${model.column(attribute) ?? attribute}`;
    const publishedAt = (model: ModelNames, alias: string) => `${alias}.${model.column('publishedAt') ?? 'published_at'}`;
    const query = (key: 'ownerColumn' | 'targetColumn', other: 'ownerColumn' | 'targetColumn') =>
      knex({ l: c.table })
        .join({ e: n.statistic.table }, 'e.id', `l.${c[other]}`)
        .leftJoin({ sl: n.study_.table }, `sl.${n.study_.ownerColumn}`, 'e.id')
        .leftJoin({ st: n.study.table }, function joinStudy(this: any) {
          this.on('st.id', '=', `sl.${n.study_.targetColumn}`);
          if (published) this.andOnNotNull(publishedAt(n.study, 'st'));
        })
        .whereIn(`l.${c[key]}`, ids as number[])
        .modify((q: any) => {
          if (published) q.whereNotNull(publishedAt(n.statistic, 'e'));
        })
        .select({
          of: `l.${c[key]}`,
          label: col(n.statistic, 'e', 'label'),
          value: col(n.statistic, 'e', 'value'),
          unit: col(n.statistic, 'e', 'unit'),
          base: col(n.statistic, 'e', 'base'),
          qualifier: col(n.statistic, 'e', 'qualifier'),
          title: col(n.study, 'st', 'title'),
          slug: col(n.study, 'st', 'slug'),
          publishedOn: col(n.study, 'st', 'publishedOn'),
        })
        .orderBy('l.id');
    const [before, after]: Row[][] = await Promise.all([query('ownerColumn', 'targetColumn'), query('targetColumn', 'ownerColumn')]);
    for (const row of before) if (!earlier.has(String(row.of))) earlier.set(String(row.of), toEdition(row));
    for (const row of after) {
      const candidate = toEdition(row);
      const current = newer.get(String(row.of));
      // Several later editions may continue one statistic: the newest study wins.
      if (!current || String(candidate.study?.publishedOn ?? '') > String(current.study?.publishedOn ?? ''))
        newer.set(String(row.of), candidate);
    }
    return { earlier, newer };
  }

  return {
    /** The other editions of statistics (row ids), as `load` attaches them; for pages that show statistics outside blocks. */
    async editions(statisticIds: number[], published: boolean) {
      const n = resolveNames();
      if (!n) return { earlier: new Map<string, EditionStatisticInput>(), newer: new Map<string, EditionStatisticInput>() };
      return loadEditions(n, [...new Set(statisticIds)], published);
    },
    async load(blockIds: number[], status: Status, cited: Status = status): Promise<Map<number, StatBlockInput>> {
      const result = new Map<number, StatBlockInput>();
      const n = resolveNames();
      if (blockIds.length === 0 || !n) return result;
      await readInChunks(blockIds, (ids) => loadChunk(n, ids, status, cited, result));
      return result;
    },
  };
};

function toStudy(s: Record<string, any>, supersededBy: { title: string; slug: string | null } | null): StudyInput {
  return {
    id: dbNumber(s.studyId),
    documentId: s.studyDocumentId,
    title: s.title,
    slug: s.slug ?? null,
    publisher: s.publisher ?? null,
    publishedOn: dbDate(s.publishedOn),
    publishedOnPrecision: s.publishedOnPrecision ?? 'day',
    sampleSize: dbNumber(s.sampleSize),
    representative: dbBoolean(s.representative),
    fieldworkPeriod: s.fieldworkPeriod ?? null,
    sourceUrl: s.sourceUrl ?? null,
    supersededBy,
  };
}

function toEdition(row: Row): EditionStatisticInput {
  return {
    label: row.label ?? null,
    value: dbNumber(row.value) ?? row.value,
    unit: row.unit,
    base: dbNumber(row.base),
    qualifier: row.qualifier ?? 'exact',
    study: row.title ? { title: row.title, slug: row.slug ?? null, publishedOn: dbDate(row.publishedOn) } : null,
  };
}

export type StatBlocksService = ReturnType<typeof createStatBlocksService>;
export default createStatBlocksService;

declare module '../get-service' {
  interface EditorialServices {
    'stat-blocks': StatBlocksService;
  }
}
