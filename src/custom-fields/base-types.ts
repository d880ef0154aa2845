/**
 * A schema file as Strapi sees it once loaded: the app's custom fields replaced by the type
 * they store (Strapi does the same when it loads content types). For code and tests that
 * read schema.json files themselves; bench/pristine-app.js applies the same rule in JS.
 */
import { FRESHNESS_MODE_FIELD } from './freshness-mode';

const BASE_TYPES: Record<string, string> = { [`global::${FRESHNESS_MODE_FIELD.name}`]: FRESHNESS_MODE_FIELD.type };

export function withBaseTypes<S extends { attributes?: Record<string, any> }>(schema: S): S {
  if (!schema.attributes) return schema;
  const attributes: Record<string, any> = {};
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    if (attribute?.type !== 'customField') attributes[name] = attribute;
    else {
      const { customField, ...rest } = attribute;
      const type = BASE_TYPES[customField];
      if (!type) throw new Error(`Unknown custom field ${customField} on ${name}`);
      attributes[name] = { ...rest, type };
    }
  }
  return { ...schema, attributes };
}
