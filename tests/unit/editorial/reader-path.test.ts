import { readerPath } from '../../../src/plugins/editorial/server/src/preview/reader-path';

describe('reader paths from the plugin templates', () => {
  it('fills slug and locale prefix, German at the root, absolute with a base', () => {
    expect(readerPath('{localePrefix}/artikel/{slug}/share.png', 'kleine-teams', 'de')).toBe('/artikel/kleine-teams/share.png');
    expect(readerPath('{localePrefix}/artikel/{slug}/share.png', 'small-teams', 'en', 'https://blog.example.org/')).toBe(
      'https://blog.example.org/en/artikel/small-teams/share.png',
    );
    expect(readerPath('/{locale}/artikel/{slug}', 'ä b', 'de')).toBe('/de/artikel/%C3%A4%20b');
  });
});
