/** The reader's API client revalidates kept answers, and the page cache keys on their tags. */
import http from 'http';
import type { AddressInfo } from 'net';
import { answerStore, httpReaderApi } from '../../../src/reader-site/templates/api';
import { pageKey, recordingApi } from '../../../src/reader-site/server/page-cache';

let server: http.Server;
let base: string;
let version = 1;
let cacheControl = 'public, max-age=60';
const seen: Array<{ url: string; ifNoneMatch: string | undefined }> = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ url: req.url!, ifNoneMatch: req.headers['if-none-match'] });
    const etag = `"v${version}"`;
    if (req.url === '/untagged') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': cacheControl });
      res.end(JSON.stringify({ data: [] }));
      return;
    }
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag, 'Cache-Control': 'public, max-age=30' });
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag, 'Cache-Control': cacheControl });
    res.end(JSON.stringify({ data: [{ version }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
  version = 1;
  cacheControl = 'public, max-age=60';
});

it('revalidates a kept answer: a 304 returns the kept body with the new max-age', async () => {
  const api = httpReaderApi(base, answerStore());
  const first = await api.get<{ data: Array<{ version: number }> }>('/api/articles');
  expect(first).toEqual({ body: { data: [{ version: 1 }] }, maxAge: 60, etag: '"v1"' });
  const second = await api.get<{ data: Array<{ version: number }> }>('/api/articles');
  expect(seen.map((s) => s.ifNoneMatch)).toEqual([undefined, '"v1"']);
  expect(second.body).toBe(first.body);
  expect(second.maxAge).toBe(30);

  version = 2;
  const third = await api.get<{ data: Array<{ version: number }> }>('/api/articles');
  expect(third.body.data[0].version).toBe(2);
  expect(third.etag).toBe('"v2"');
});

it('keeps nothing that is private or untagged, and nothing without a store', async () => {
  cacheControl = 'private, no-cache';
  const api = httpReaderApi(base, answerStore());
  await api.get('/api/x');
  await api.get('/api/x');
  expect(seen.map((s) => s.ifNoneMatch)).toEqual([undefined, undefined]);
  seen.length = 0;
  const plain = httpReaderApi(base);
  await plain.get('/api/x');
  await plain.get('/api/x');
  expect(seen.map((s) => s.ifNoneMatch)).toEqual([undefined, undefined]);
});

it('keys a page on every answer it was made from; an untagged answer means no key', async () => {
  const store = answerStore();
  const one = recordingApi(httpReaderApi(base, store));
  await one.api.get('/api/articles');
  await one.api.get('/api/categories');
  const keyBefore = pageKey('http://blog/', 'site', one.sources);
  expect(keyBefore).toContain('/api/categories "v1"');

  const again = recordingApi(httpReaderApi(base, store));
  await again.api.get('/api/articles');
  await again.api.get('/api/categories');
  expect(pageKey('http://blog/', 'site', again.sources)).toBe(keyBefore);

  version = 2;
  const changed = recordingApi(httpReaderApi(base, store));
  await changed.api.get('/api/articles');
  await changed.api.get('/api/categories');
  expect(pageKey('http://blog/', 'site', changed.sources)).not.toBe(keyBefore);
  expect(pageKey('http://blog/other', 'site', again.sources)).not.toBe(keyBefore);

  const untagged = recordingApi(httpReaderApi(base, store));
  await untagged.api.get('/untagged');
  expect(pageKey('http://blog/', 'site', untagged.sources)).toBeNull();
});
