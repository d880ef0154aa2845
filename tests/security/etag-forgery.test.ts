/**
 * The editorial plugin answers an anonymous revalidation with 304 from the ETag alone,
 * before the read (docs/editorial-plugin.md, Caching). The tag therefore must not be
 * editable: its HMAC covers the content version, the valid-until moment and the request.
 * Before, only the request was signed, and `W/"ed-<version>-0-<key>"` ("valid for ever")
 * or `W/"ed-<version>-zzzzzzzzzzzz-<key>"` got a 304 until the next write, even after the
 * banner should have appeared.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';

const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
const LIST = `/api/articles?filters[slug][$eq]=${MAIN}&fields[0]=title`;
const TAG = /^W\/"ed-([0-9a-z]+)-([0-9a-z]+)-([A-Za-z0-9_-]+)"$/;

let app: TestInstance;
const get = (path: string) => request(app.server).get(path);

beforeAll(async () => {
  app = await startStrapi({ name: 'security-etag' });
});

afterAll(async () => {
  await app?.stop();
});

/** A fresh answer with a time limit: an article whose banner appears in about an hour. */
async function soonOutdated(): Promise<{ url: string; etag: string; parts: RegExpExecArray }> {
  const soon = new Date();
  soon.setUTCMonth(soon.getUTCMonth() - 24);
  soon.setTime(soon.getTime() + 3_600_000);
  const doc = await app.strapi.documents('api::article.article').create({
    data: { title: 'Wird in einer Stunde veraltet', originallyPublishedAt: soon.toISOString() },
    locale: 'de',
    status: 'published',
  } as any);
  const url = `/api/articles/${doc.documentId}?fields[0]=title`;
  const first = await get(url);
  expect(first.status).toBe(200);
  expect(first.body.data.editorial.banner).toBeNull();
  const etag = first.headers.etag as string;
  const parts = TAG.exec(etag);
  if (!parts) throw new Error(`unexpected ETag ${etag}`);
  // The answer has a time limit: the moment the banner appears.
  expect(parts[2]).not.toBe('0');
  return { url, etag, parts };
}

describe('ETag forgery', () => {
  it('a genuine tag gets 304, before and after other requests', async () => {
    const first = await get(LIST);
    expect(first.status).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(TAG);
    const again = await get(LIST).set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.headers.etag).toBe(etag);
  });

  it('tags with an edited lifetime, version or signature get the full answer (200)', async () => {
    const { url, etag, parts } = await soonOutdated();
    const [, version, until, signature] = parts;
    const flip = (text: string) => `${text.slice(0, -1)}${text.endsWith('A') ? 'B' : 'A'}`;
    const forgeries: Record<string, string> = {
      'valid for ever (0)': `W/"ed-${version}-0-${signature}"`,
      'valid until the largest moment (zzzzzzzzzzzz)': `W/"ed-${version}-zzzzzzzzzzzz-${signature}"`,
      'valid a year longer': `W/"ed-${version}-${(parseInt(until, 36) + 365 * 86_400_000).toString(36)}-${signature}"`,
      'the next version': `W/"ed-${(parseInt(version, 36) + 1).toString(36)}-${until}-${signature}"`,
      'leading zeros': `W/"ed-0${version}-0${until}-${signature}"`,
      'a made-up signature': `W/"ed-${version}-${until}-${'A'.repeat(22)}"`,
      'one signature character changed': `W/"ed-${version}-${until}-${flip(signature)}"`,
      'a strong tag with the same text': `"ed-${version}-0-${signature}"`,
    };
    const outcomes: Record<string, number> = {};
    for (const [name, forged] of Object.entries(forgeries)) {
      const res = await get(url).set('If-None-Match', forged);
      outcomes[name] = res.status;
      if (res.status === 200) expect(res.body.data.title).toBe('Wird in einer Stunde veraltet');
    }
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(forgeries).map((name) => [name, 200])));
    // The genuine tag still works, also listed after forged ones.
    expect((await get(url).set('If-None-Match', etag)).status).toBe(304);
    expect((await get(url).set('If-None-Match', `${forgeries['valid for ever (0)']}, ${etag}`)).status).toBe(304);
  });

  it("a genuine tag of another URL or of another caller's request gets 200", async () => {
    const { url, etag } = await soonOutdated();
    expect((await get(`${url}&fields[1]=slug`).set('If-None-Match', etag)).status).toBe(200);
    const other = await get(LIST);
    expect((await get(url).set('If-None-Match', other.headers.etag as string)).status).toBe(200);
  });
});
