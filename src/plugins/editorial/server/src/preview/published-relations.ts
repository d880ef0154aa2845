/**
 * What a draft relates to, as readers will see it once the draft is published.
 *
 * A draft row's relations to draft-and-publish types point at the targets' draft rows (on
 * publish, Strapi links the published row to the targets' published versions instead). A
 * preview must show neither those drafts nor nothing: each populated relation of the draft,
 * and of the components it owns, is replaced by the published versions of the same
 * documents, in the same order, with the client's nested populate (published all the way).
 */
import type { Core, UID } from '@strapi/strapi';

type Row = Record<string, any>;
/** The database layer's populate of one attribute: `true`, or `{ populate, select, on, … }`. */
type PopulateSpec = true | { populate?: unknown; select?: unknown; on?: Record<string, PopulateSpec> } | undefined;
export type PublishedFilter = (args: any) => Record<string, unknown>;

const hasDraftAndPublish = (strapi: Core.Strapi, uid: string) =>
  Boolean((strapi.getModel(uid as UID.Schema) as any)?.options?.draftAndPublish);

function specOf(populate: unknown, attribute: string): PopulateSpec {
  if (populate === true) return true;
  if (Array.isArray(populate)) return populate.includes(attribute) ? true : undefined;
  if (populate && typeof populate === 'object') return (populate as Record<string, PopulateSpec>)[attribute];
  return undefined;
}

async function publishedVersions(
  strapi: Core.Strapi,
  target: string,
  linked: Row[],
  spec: PopulateSpec,
  publishedOnly: PublishedFilter,
): Promise<Row[]> {
  if (linked.length === 0) return [];
  const nested = spec && spec !== true ? spec : {};
  const localized = 'locale' in ((strapi.getModel(target as any) as any)?.attributes ?? {});
  const rows = (await strapi.db.query(target as any).findMany({
    where: {
      documentId: { $in: linked.map((row) => row.documentId) },
      publishedAt: { $notNull: true },
      ...(localized ? { locale: linked[0].locale } : {}),
    },
    ...(nested.select ? { select: nested.select } : {}),
    ...(nested.populate ? { populate: nested.populate } : {}),
    filters: publishedOnly,
  })) as Row[];
  const byDocument = new Map(rows.map((row) => [row.documentId, row]));
  return linked.map((row) => byDocument.get(row.documentId)).filter((row): row is Row => Boolean(row));
}

/** Replaces, in place, the populated relations of `row` (a draft or a component it owns). */
export async function showRelationsAsPublished(
  strapi: Core.Strapi,
  uid: string,
  row: Row,
  populate: unknown,
  publishedOnly: PublishedFilter,
): Promise<void> {
  const attributes = ((strapi.getModel(uid as UID.Schema) as any)?.attributes ?? {}) as Record<string, any>;
  for (const [name, attribute] of Object.entries(attributes)) {
    if (!(name in row)) continue;
    const spec = specOf(populate, name);
    if (
      attribute.type === 'relation' &&
      attribute.target &&
      name !== 'localizations' &&
      hasDraftAndPublish(strapi, attribute.target) &&
      spec
    ) {
      const linked = (await strapi.db.query(uid as UID.Schema).load(row, name, { select: ['id', 'documentId', 'locale'] })) as
        Row | Row[] | null;
      const published = await publishedVersions(
        strapi,
        attribute.target,
        linked ? (Array.isArray(linked) ? linked : [linked]) : [],
        spec,
        publishedOnly,
      );
      row[name] = Array.isArray(linked) ? published : (published[0] ?? null);
    } else if (attribute.type === 'component' && row[name]) {
      const nested = spec && spec !== true ? spec.populate : undefined;
      for (const component of Array.isArray(row[name]) ? row[name] : [row[name]])
        await showRelationsAsPublished(strapi, attribute.component, component, nested, publishedOnly);
    } else if (attribute.type === 'dynamiczone' && Array.isArray(row[name])) {
      for (const component of row[name]) {
        const fragment = spec && spec !== true ? (spec.on?.[component.__component] ?? spec) : undefined;
        const nested = fragment && fragment !== true ? fragment.populate : undefined;
        await showRelationsAsPublished(strapi, component.__component, component, nested, publishedOnly);
      }
    }
  }
}
