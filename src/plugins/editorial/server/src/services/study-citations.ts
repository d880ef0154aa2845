/**
 * Which studies the published entries of a type cite through their study-stat blocks,
 * summarised per entry (oldest study date, any superseded study) for the freshness
 * overview. One aggregate query over the join tables, whatever the number of entries,
 * so the overview stays fast with 10,000 articles. Table and column names come from
 * Strapi's metadata, so renamed tables and every database engine work alike.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { dbDate } from '../domain/db-values';

export interface CitationSummary {
  /** The publication date of the oldest cited study (`YYYY-MM-DD`), or null when none is dated. */
  oldestStudyOn: string | null;
  /** At least one cited study has a newer, published edition. */
  citesSuperseded: boolean;
  /** Distinct cited studies. */
  studies: number;
}

/** The entry type's dynamic zone holding stat blocks: its name, its join table and the entry's metadata. */
function statBlockZone(strapi: Core.Strapi, uid: string, component: string) {
  const entryMeta = strapi.db.metadata.get(uid as any) as any;
  const attributes = ((strapi.getModel(uid as any) as any)?.attributes ?? {}) as Record<string, { type: string; components?: string[] }>;
  const field = Object.keys(attributes).find(
    (name) => attributes[name].type === 'dynamiczone' && attributes[name].components?.includes(component),
  );
  const zone = field ? entryMeta?.attributes?.[field]?.joinTable : undefined;
  return field && zone?.morphColumn ? { field, zone, entryMeta } : null;
}

const createStudyCitationsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Summaries keyed by the entry's row id, for the published entries of `uid` in `locale`
   * (null: every locale). Types without a blocks dynamic zone give an empty map.
   */
  async summarize(uid: string, locale: string | null): Promise<Map<number, CitationSummary>> {
    const result = new Map<number, CitationSummary>();
    const metadata = strapi.db.metadata;
    const types = getService(strapi, 'settings').fileConfig().statBlock;
    const found = statBlockZone(strapi, uid, types.component);
    if (!found) return result;
    const { field, zone, entryMeta } = found;
    const blockMeta = metadata.get(types.component as any) as any;
    const statisticMeta = metadata.get(types.statistic as any) as any;
    const studyMeta = metadata.get(types.study as any) as any;
    const blockStats = blockMeta?.attributes?.statistics?.joinTable;
    const statStudy = statisticMeta?.attributes?.study?.joinTable;
    const superseded = studyMeta?.attributes?.supersededBy?.joinTable;
    if (!blockStats || !statStudy || !superseded) return result;

    const knex = strapi.db.connection;
    const col = (name: string) => studyMeta.attributes[name]?.columnName ?? name;
    const entryCol = (name: string) => entryMeta.attributes[name]?.columnName ?? name;
    const published = entryCol('publishedAt');

    const entries = knex(entryMeta.tableName).select('id').whereNotNull(published);
    if (locale && entryMeta.attributes.locale) entries.andWhere(entryCol('locale'), locale);

    const rows = await knex({ z: zone.name })
      .join({ bs: blockStats.name }, `bs.${blockStats.joinColumn.name}`, `z.${zone.morphColumn.idColumn.name}`)
      .join({ ss: statStudy.name }, `ss.${statStudy.joinColumn.name}`, `bs.${blockStats.inverseJoinColumn.name}`)
      .join({ s: studyMeta.tableName }, 's.id', `ss.${statStudy.inverseJoinColumn.name}`)
      .leftJoin({ sup: superseded.name }, `sup.${superseded.joinColumn.name}`, 's.id')
      .leftJoin({ newer: studyMeta.tableName }, (on: any) => {
        on.on('newer.id', '=', `sup.${superseded.inverseJoinColumn.name}`).andOnNotNull(`newer.${col('publishedAt')}`);
      })
      // Readers see published studies only.
      .whereNotNull(`s.${col('publishedAt')}`)
      .where(`z.${zone.morphColumn.typeColumn.name}`, types.component)
      .andWhere('z.field', field)
      .whereIn(`z.${zone.joinColumn.name}`, entries)
      .groupBy(`z.${zone.joinColumn.name}`)
      .select({
        entryId: `z.${zone.joinColumn.name}`,
        oldest: knex.raw('MIN(??)', [`s.${col('publishedOn')}`]),
        superseded: knex.raw('MAX(CASE WHEN ?? IS NULL THEN 0 ELSE 1 END)', ['newer.id']),
        studies: knex.raw('COUNT(DISTINCT ??)', ['s.id']),
      });

    for (const row of rows as Array<Record<string, unknown>>) {
      result.set(Number(row.entryId), {
        oldestStudyOn: dbDate(row.oldest),
        citesSuperseded: Number(row.superseded) > 0,
        studies: Number(row.studies),
      });
    }
    return result;
  },

  /**
   * The published entries of `uid` in `locale` whose study-stat blocks cite the (published)
   * study row `studyId`, newest first: the "cited in" list of a study's reader page.
   */
  async citing(uid: string, studyId: number, locale: string | null): Promise<CitingEntry[]> {
    const metadata = strapi.db.metadata;
    const types = getService(strapi, 'settings').fileConfig().statBlock;
    const found = statBlockZone(strapi, uid, types.component);
    const blockStats = (metadata.get(types.component as any) as any)?.attributes?.statistics?.joinTable;
    const statStudy = (metadata.get(types.statistic as any) as any)?.attributes?.study?.joinTable;
    if (!found || !blockStats || !statStudy) return [];
    const { field, zone, entryMeta } = found;
    const entryCol = (name: string) => `e.${entryMeta.attributes[name]?.columnName ?? name}`;
    const rows: Array<Record<string, any>> = await strapi.db
      .connection({ z: zone.name })
      .join({ bs: blockStats.name }, `bs.${blockStats.joinColumn.name}`, `z.${zone.morphColumn.idColumn.name}`)
      .join({ ss: statStudy.name }, `ss.${statStudy.joinColumn.name}`, `bs.${blockStats.inverseJoinColumn.name}`)
      .join({ e: entryMeta.tableName }, 'e.id', `z.${zone.joinColumn.name}`)
      .where(`ss.${statStudy.inverseJoinColumn.name}`, studyId)
      .where(`z.${zone.morphColumn.typeColumn.name}`, types.component)
      .andWhere('z.field', field)
      .whereNotNull(entryCol('publishedAt'))
      .modify((query: any) => {
        if (locale && entryMeta.attributes.locale) query.andWhere(entryCol('locale'), locale);
      })
      .select({
        id: 'e.id',
        title: entryCol('title'),
        slug: entryCol('slug'),
        locale: entryMeta.attributes.locale ? entryCol('locale') : 'e.id',
        date: entryCol('originallyPublishedAt'),
      });
    const seen = new Set<number>();
    const entries: CitingEntry[] = [];
    for (const row of rows) {
      if (seen.has(Number(row.id)) || !row.slug) continue;
      seen.add(Number(row.id));
      const date = row.date instanceof Date ? row.date.toISOString() : row.date ? new Date(row.date).toISOString() : null;
      entries.push({ title: row.title, slug: row.slug, locale: entryMeta.attributes.locale ? row.locale : null, date });
    }
    return entries.sort((a, b) => String(b.date ?? '').localeCompare(String(a.date ?? '')));
  },
});

export interface CitingEntry {
  title: string;
  slug: string;
  locale: string | null;
  /** `originallyPublishedAt`, ISO. */
  date: string | null;
}

export type StudyCitationsService = ReturnType<typeof createStudyCitationsService>;
export default createStudyCitationsService;

declare module '../get-service' {
  interface EditorialServices {
    'study-citations': StudyCitationsService;
  }
}
