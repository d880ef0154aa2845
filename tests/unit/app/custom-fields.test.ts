import fs from 'fs';
import path from 'path';
import { withBaseTypes } from '../../../src/custom-fields/base-types';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('custom fields: a schema file as Strapi loads it', () => {
  it("turns the article's labelled freshness field into the enumeration it stores", () => {
    const raw = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/api/article/content-types/article/schema.json'), 'utf8'));
    expect(raw.attributes.freshness).toMatchObject({ type: 'customField', customField: 'global::freshness-mode' });
    const loaded = withBaseTypes(raw);
    expect(loaded.attributes.freshness).toEqual({
      type: 'enumeration',
      enum: ['auto', 'evergreen', 'archived'],
      default: 'auto',
      required: true,
      pluginOptions: { i18n: { localized: true } },
    });
    expect(loaded.attributes.title).toBe(raw.attributes.title);
  });

  it('refuses a custom field it does not know, naming it', () => {
    expect(() => withBaseTypes({ attributes: { x: { type: 'customField', customField: 'global::nope' } } })).toThrow(/global::nope on x/);
  });
});
