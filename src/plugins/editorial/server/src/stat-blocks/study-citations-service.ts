/**
 * Which studies the published entries of a type cite through their study-stat blocks,
 * summarised per entry (oldest study date, any superseded study) for the freshness
 * overview, and which entries cite a study (its reader page). One aggregate query over the
 * join tables, whatever the number of entries, so the overview stays fast with 10,000
 * articles (the enrichment's per-entry walk, enrichment/collect.ts, is for one answer's
 * entries). Table and column names come from Strapi's metadata, so renamed tables and every
 * database engine work alike.
 */
import type { Core, UID } from '@strapi/strapi';
import { getService } from '../get-service';
import { dbDate } from '../domain/db-values';
import { statBlockFields, type SchemaAttribute } from './stat-block-fields';

export interface CitationSummary {
  /** The publication date of the oldest cited study (`YYYY-MM-DD`), or null when none is dated. */
  oldestStudyOn: string | null;
  /** At least one cited study has a newer, published edition. */
  citesSuperseded: boolean;
  /** Distinct cited studies. */
  studies: number;
}

/**
 * The one way this service finds stat blocks: rows of the entry type's components table for
 * its stat-block fields (stat-blocks/stat-block-fields.ts), joined to the statistics the blocks
 * cite (`bs`) and their studies' links (`ss`); the entry id is `z.<joinColumn>`. Null when
 * the type holds no stat blocks or a table is missing.
 */
function citedStudyRows(strapi: Core.Strapi, uid: string) {
  const metadata = strapi.db.metadata;
  const types = getService(strapi, 'settings').fileConfig().statBlock;
  const attributes = ((strapi.getModel(uid as UID.Schema) as any)?.attributes ?? {}) as Record<string, SchemaAttribute>;
  const { zones, fields } = statBlockFields(attributes, types.component);
  const names = [...zones, ...fields];
  const entryMeta = metadata.get(uid as any) as any;
  const zone = names.length ? entryMeta?.attributes?.[names[0]]?.joinTable : undefined;
  const blockStats = (metadata.get(types.component as any) as any)?.attributes?.statistics?.joinTable;
  const statStudy = (metadata.get(types.statistic as any) as any)?.attributes?.study?.joinTable;
  if (!zone?.morphColumn || !blockStats || !statStudy) return null;
  const query = () =>
    strapi.db
      .connection({ z: zone.name })
      .join({ bs: blockStats.name }, `bs.${blockStats.joinColumn.name}`, `z.${zone.morphColumn.idColumn.name}`)
      .join({ ss: statStudy.name }, `ss.${statStudy.joinColumn.name}`, `bs.${blockStats.inverseJoinColumn.name}`)
      .where(`z.${zone.morphColumn.typeColumn.name}`, types.component)
      .whereIn('z.field', names);
  return { query, entryMeta, entryId: `z.${zone.joinColumn.name}`, studyId: `ss.${statStudy.inverseJoinColumn.name}`, types };
}

const createStudyCitationsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Summaries keyed by the entry's row id, for the published entries of `uid` in `locale`
   * (null: every locale). Types without a blocks dynamic zone give an empty map.
   */
  async summarize(uid: string, locale: string | null): Promise<Map<number, CitationSummary>> {
    const result = new Map<number, CitationSummary>();
    const found = citedStudyRows(strapi, uid);
    const studyMeta = found ? (strapi.db.metadata.get(found.types.study as any) as any) : null;
    const superseded = studyMeta?.attributes?.supersededBy?.joinTable;
    if (!found || !superseded) return result;
    const { query, entryMeta, entryId, studyId } = found;

    const knex = strapi.db.connection;
    const col = (name: string) => studyMeta.attributes[name]?.columnName ?? name;
    const entryCol = (name: string) => entryMeta.attributes[name]?.columnName ?? name;
    const entries = knex(entryMeta.tableName).select('id').whereNotNull(entryCol('publishedAt'));
    if (locale && entryMeta.attributes.locale) entries.andWhere(entryCol('locale'), locale);

    const rows = await query()
      .join({ s: studyMeta.tableName }, 's.id', studyId)
      .leftJoin({ sup: superseded.name }, `sup.${superseded.joinColumn.name}`, 's.id')
      .leftJoin({ newer: studyMeta.tableName }, (on: any) => {
        on.on('newer.id', '=', `sup.${superseded.inverseJoinColumn.name}`).andOnNotNull(`newer.${col('publishedAt')}`);
      })
      // Readers see published studies only.
      .whereNotNull(`s.${col('publishedAt')}`)
      .whereIn(entryId, entries)
      .groupBy(entryId)
      .select({
        entryId,
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
    const found = citedStudyRows(strapi, uid);
    if (!found) return [];
    const { query, entryMeta, entryId, studyId: citedStudy } = found;
    const entryCol = (name: string) => `e.${entryMeta.attributes[name]?.columnName ?? name}`;
    const rows: Array<Record<string, any>> = await query()
      .join({ e: entryMeta.tableName }, 'e.id', entryId)
      .where(citedStudy, studyId)
      .whereNotNull(entryCol('publishedAt'))
      .modify((rowsQuery: any) => {
        if (locale && entryMeta.attributes.locale) rowsQuery.andWhere(entryCol('locale'), locale);
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
