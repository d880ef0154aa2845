import { DEFAULT_CONFIG } from '../../../src/plugins/editorial/server/src/config';
import { validateEditorialSettings } from '../../../src/plugins/editorial/server/src/config/validate';

const full = (change: Record<string, unknown>) => validateEditorialSettings({ ...DEFAULT_CONFIG, ...change } as any, { partial: false });
const keys = (problems: Array<{ key: string }>) => problems.map((p) => p.key);

describe('config/validate: the startup config check and the admin settings check', () => {
  it('accepts the defaults whole, and a partial save of a few keys', () => {
    expect(validateEditorialSettings(DEFAULT_CONFIG, { partial: false })).toEqual([]);
    expect(validateEditorialSettings({ maxAge: 60, outdatedAfterMonths: 36 }, { partial: true })).toEqual([]);
  });

  it('requires every key at startup, only the given ones in a partial save', () => {
    const { timeZone: _timeZone, ...withoutZone } = DEFAULT_CONFIG;
    expect(keys(validateEditorialSettings(withoutZone, { partial: false }))).toEqual(['timeZone']);
    expect(validateEditorialSettings(withoutZone, { partial: true })).toEqual([]);
  });

  it('refuses what is not an object', () => {
    for (const input of [null, undefined, [], 'x'] as any[]) {
      expect(validateEditorialSettings(input, { partial: true })).toEqual([{ key: 'config', message: 'must be an object' }]);
    }
  });

  it.each([
    ['outdatedAfterMonths', 0],
    ['outdatedAfterMonths', 241],
    ['outdatedAfterMonths', 1.5],
    ['studyOutdatedAfterMonths', '24'],
    ['contentTypes', 'api::article.article'],
    ['contentTypes', ['article']],
    ['timeZone', 'Mars/Olympus'],
    ['maxAge', -1],
    ['maxAge', 31_536_001],
    ['settingsCacheMs', 600_001],
    ['reuseEnrichment', 'yes'],
    ['previewSecret', 'too-short'],
    ['previewTtlSeconds', 0],
    ['previewTtlSeconds', 3601],
    ['previewPath', '/artikel/'],
    ['previewPath', 'artikel/{slug}'],
    ['shareImagePath', '{localePrefix}/share.png'],
    ['bannerTemplates', []],
  ])('names %s when it is %p', (key, value) => {
    const problems = full({ [key]: value });
    expect(keys(problems)).toEqual([key]);
    expect(problems[0].message).not.toBe('');
  });

  it('accepts the edges of each range', () => {
    expect(full({ outdatedAfterMonths: 1, studyOutdatedAfterMonths: 240, maxAge: 0, settingsCacheMs: 0, previewTtlSeconds: 3600 })).toEqual(
      [],
    );
    expect(full({ previewSecret: '', contentTypes: ['api::article.article', 'plugin::x.y'] })).toEqual([]);
  });

  it('checks banner templates per locale and form, naming the path', () => {
    const templates = {
      de: DEFAULT_CONFIG.bannerTemplates.de,
      'xx-yy': DEFAULT_CONFIG.bannerTemplates.de,
      en: { ...DEFAULT_CONFIG.bannerTemplates.en, other: 'Älter als {jahre} Jahre' },
      fr: 'nope',
    };
    expect(keys(full({ bannerTemplates: templates }))).toEqual(['bannerTemplates.xx-yy', 'bannerTemplates.en.other', 'bannerTemplates.fr']);
  });

  it('reports every problem at once', () => {
    expect(keys(full({ maxAge: 'x', timeZone: '', previewPath: 3 }))).toEqual(['timeZone', 'maxAge', 'previewPath']);
  });
});
