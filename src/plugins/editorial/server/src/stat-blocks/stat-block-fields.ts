/**
 * Where an entry of a content type holds study-stat blocks: its dynamic zones that allow the
 * component, and its fields of that component. The one answer to that question, from the
 * schema (the component uid is plugin config): the side panel populates these fields, the
 * overview's and the study pages' queries join them (Strapi keeps every one of them in the
 * entry's components table, told apart by the field's name).
 */
export interface SchemaAttribute {
  type: string;
  components?: string[];
  component?: string;
}

export function statBlockFields(attributes: Record<string, SchemaAttribute>, component: string): { zones: string[]; fields: string[] } {
  const zones: string[] = [];
  const fields: string[] = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'dynamiczone' && attribute.components?.includes(component)) zones.push(name);
    if (attribute.type === 'component' && attribute.component === component) fields.push(name);
  }
  return { zones, fields };
}
