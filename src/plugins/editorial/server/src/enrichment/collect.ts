/**
 * Finds, in a Content API response body, every entry of a banner content type and every
 * study-stat block, wherever they sit: top level, populated relations (an article's
 * related articles, a category's articles), components and dynamic zones. Guided by the
 * content-type schemas, so a field that merely looks like an article is never touched.
 * Pure: the schemas come in through `getSchema`.
 */
export interface SchemaAttribute {
  type: string;
  target?: string;
  component?: string;
  components?: string[];
}
export type SchemaLookup = (uid: string) => { attributes: Record<string, SchemaAttribute> } | undefined;

export type Entry = Record<string, unknown> & { documentId?: string; locale?: string; id?: number };

export interface FoundEntry {
  uid: string;
  entry: Entry;
  locale: string;
}
export interface FoundStatBlock {
  block: Entry & { id: number };
  locale: string;
}
export interface Collected {
  entries: FoundEntry[];
  statBlocks: FoundStatBlock[];
}

const MAX_DEPTH = 12;

/** An attribute that can hold entries or components: the only ones worth walking into. */
interface Edge {
  name: string;
  type: 'relation' | 'component' | 'dynamiczone';
  /** The relation's target or the component's uid. */
  uid?: string;
  /** The dynamic zone's components. */
  components?: ReadonlySet<string>;
}

/**
 * Each schema's edges, found once: a list answer walks 100+ entries and components, and
 * going through every attribute of each (an article has about twenty) cost more than the
 * rest of the walk.
 */
const edgesBySchema = new WeakMap<object, Edge[]>();

function edgesOf(schema: { attributes: Record<string, SchemaAttribute> }): Edge[] {
  let edges = edgesBySchema.get(schema);
  if (!edges) {
    edges = [];
    for (const [name, attribute] of Object.entries(schema.attributes)) {
      if (attribute.type === 'relation' && attribute.target) edges.push({ name, type: 'relation', uid: attribute.target });
      else if (attribute.type === 'component' && attribute.component) edges.push({ name, type: 'component', uid: attribute.component });
      else if (attribute.type === 'dynamiczone') edges.push({ name, type: 'dynamiczone', components: new Set(attribute.components ?? []) });
    }
    edgesBySchema.set(schema, edges);
  }
  return edges;
}

export function collectTargets(
  rootUid: string,
  data: unknown,
  options: { getSchema: SchemaLookup; contentTypes: ReadonlySet<string>; statBlockComponent: string; locale: string },
): Collected {
  const collected: Collected = { entries: [], statBlocks: [] };
  const seen = new Set<object>();

  const visit = (uid: string, value: unknown, locale: string, depth: number): void => {
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(uid, item, locale, depth);
      return;
    }
    const entry = value as Entry;
    if (seen.has(entry)) return;
    seen.add(entry);
    const schema = options.getSchema(uid);
    if (!schema) return;
    const entryLocale = typeof entry.locale === 'string' ? entry.locale : locale;

    if (options.contentTypes.has(uid) && typeof entry.documentId === 'string') {
      collected.entries.push({ uid, entry, locale: entryLocale });
    }
    if (uid === options.statBlockComponent && typeof entry.id === 'number') {
      collected.statBlocks.push({ block: entry as FoundStatBlock['block'], locale: entryLocale });
    }

    for (const edge of edgesOf(schema)) {
      const child = entry[edge.name];
      if (child === undefined || child === null || typeof child !== 'object') continue;
      if (edge.type !== 'dynamiczone') {
        visit(edge.uid as string, child, entryLocale, depth + 1);
      } else if (Array.isArray(child)) {
        for (const item of child) {
          const component = (item as Entry)?.__component;
          if (typeof component === 'string' && edge.components?.has(component)) visit(component, item, entryLocale, depth + 1);
        }
      }
    }
  };

  visit(rootUid, data, options.locale, 0);
  return collected;
}
