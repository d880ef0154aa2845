import { statBlockFields } from '../../../src/plugins/editorial/server/src/stat-blocks/stat-block-fields';

const STAT = 'blocks.study-stat';

describe('statBlockFields: where a type holds stat blocks, from its schema', () => {
  it('finds the dynamic zones that allow the component and the fields of that component', () => {
    expect(
      statBlockFields(
        {
          title: { type: 'string' },
          blocks: { type: 'dynamiczone', components: ['blocks.rich-text', STAT] },
          sidebar: { type: 'dynamiczone', components: ['blocks.rich-text'] },
          highlight: { type: 'component', component: STAT },
          seo: { type: 'component', component: 'shared.seo' },
        },
        STAT,
      ),
    ).toEqual({ zones: ['blocks'], fields: ['highlight'] });
  });

  it('finds nothing in a type without stat blocks, or for another component uid (plugin config)', () => {
    expect(statBlockFields({ name: { type: 'string' } }, STAT)).toEqual({ zones: [], fields: [] });
    expect(statBlockFields({ blocks: { type: 'dynamiczone', components: [STAT] } }, 'blocks.other')).toEqual({ zones: [], fields: [] });
  });
});
