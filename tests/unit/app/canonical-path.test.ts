import { canonicalLocation, canonicalPathOf, contentApiSubpath, restPrefix } from '../../../src/http/canonical-path/rules';
import { canonicalReaderPath } from '../../../src/reader-site/urls';

const rules = { prefix: '/api', readerPath: canonicalReaderPath };

describe('restPrefix', () => {
  it.each([
    [undefined, '/api'],
    ['/api', '/api'],
    ['/api/', '/api'],
    ['api', '/api'],
    ['/V1/', '/v1'],
  ])('%p → %p', (configured, prefix) => expect(restPrefix(configured)).toBe(prefix));
});

describe('contentApiSubpath: what Strapi would route to the Content API, in any spelling', () => {
  it.each([
    ['/api/articles', '/articles'],
    ['/API/articles', '/articles'],
    ['/Api/Articles/', '/articles'],
    ['/api//articles', '/articles'],
    ['//api/articles', '/articles'],
    ['/%61pi/articles', '/articles'],
    ['/%41PI/articles', '/articles'],
    ['/api', ''],
    ['/api/', ''],
  ])('%s → %p', (path, subpath) => expect(contentApiSubpath(path, '/api')).toBe(subpath));

  it.each(['/', '/apis/articles', '/admin', '/artikel/api', '/uploads/api.png', '/%2561pi/articles', '/ap%69x/'])('%s is not one', (path) =>
    expect(contentApiSubpath(path, '/api')).toBeNull(),
  );
});

describe('canonicalPathOf', () => {
  it.each([
    ['/API/articles', '/api/articles'],
    ['/api/articles/', '/api/articles'],
    ['/api//articles', '/api/articles'],
    ['/%61pi/articles', '/api/articles'],
    ['/API/articles/AbC', '/api/articles/AbC'],
    ['/rss.xml/', '/rss.xml'],
    ['/sitemap.xml//', '/sitemap.xml'],
    ['/en', '/en/'],
    ['/en//', '/en/'],
    ['/index.html', '/'],
    ['/artikel/%61bc', '/artikel/abc'],
    ['/artikel/abc/', '/artikel/abc'],
  ])('%s → %s', (path, canonical) => expect(canonicalPathOf(path, rules)).toBe(canonical));

  it.each([
    '/api/articles',
    '/api/Articles',
    '/api/editorial/studies/Nicht_OK',
    '/',
    '/en/',
    '/artikel/abc',
    '/artikel/%C3%BCber',
    '/admin/',
    '/admin/content-manager/collection-types/api::article.article/AbC',
    '/uploads/Bild_ABC.png',
    '/Artikel/abc',
    '//x',
  ])('%s is left as it is', (path) => expect(canonicalPathOf(path, rules)).toBeNull());
});

describe('canonicalLocation', () => {
  it('keeps the query and always starts with one slash', () => {
    expect(canonicalLocation('/api/articles', 'a=1')).toBe('/api/articles?a=1');
    expect(canonicalLocation('/api/articles', '')).toBe('/api/articles');
    expect(canonicalLocation('//evil.example/x', '')).toBe('/evil.example/x');
  });
});
