/** Generated share cards over HTTP: the PNG, its caching, 404s for what readers may not see, and the article page's og:image. */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';
import { shareCardQuery } from '../../src/reader-site/share-card/image';
import { leadFigure, shareCardContent, shareCardKey } from '../../src/reader-site/share-card/rules';

const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
const MAIN_EN = 'survey-social-media-managers-small-teams-many-goals';
const ARTICLE = 'api::article.article';
const SITE_NAME = 'Social-Media-Blog';

let app: TestInstance;
let origin: string;
let plain: { documentId: string; slug: string };
let draftId: string;

beforeAll(async () => {
  app = await startStrapi({ name: 'share-image', env: { SITE_NAME, ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password } });
  const draft = await app.strapi.documents(ARTICLE).create({
    data: { title: 'Geheimer Entwurf mit Zahlen', excerpt: 'Noch nicht für Leser.' } as any,
    locale: 'de',
    status: 'draft',
  } as any);
  draftId = draft.documentId;
  // A published article without a cover, leading with a seeded statistic.
  const statistic = await app.strapi.db
    .query('api::statistic.statistic')
    .findOne({ where: { locale: 'de', unit: 'percent', publishedAt: { $notNull: true } } });
  const created = await app.strapi.documents(ARTICLE).create({
    data: {
      title: 'Ohne Titelbild: Reichweitenverlustvermeidungsstrategien für <script>alert(1)</script> Unternehmen',
      excerpt: 'Ein Artikel ohne Cover.',
      cover: null,
      blocks: [{ __component: 'blocks.study-stat', statistics: [statistic.documentId] }],
    } as any,
    locale: 'de',
    status: 'published',
  } as any);
  plain = { documentId: created.documentId, slug: (created as any).slug };
  // One address for the whole file, so absolute URLs in pages stay the same between requests.
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const address = app.server.address() as { port: number };
  origin = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await app?.stop();
});

const get = (path: string) =>
  request(app.server)
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

function pngSize(png: Buffer) {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('share cards', () => {
  it('the 2014 article has a 1200×630 PNG card of its lead figure, with a strong ETag, Cache-Control and 304', async () => {
    let t = performance.now();
    const res = await get(`/artikel/${MAIN}/share.png`);
    const cold = performance.now() - t;
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    t = performance.now();
    const cached = await get(`/artikel/${MAIN}/share.png`);
    const cachedMs = performance.now() - t;
    expect(cached.body.equals(res.body)).toBe(true);
    // eslint-disable-next-line no-console
    console.log(
      `share card over HTTP: first ${cold.toFixed(0)} ms, cached ${cachedMs.toFixed(0)} ms (API read included), ${res.body.length} bytes`,
    );
    expect(pngSize(res.body)).toEqual({ width: 1200, height: 630 });
    expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    expect(res.headers.etag).toMatch(/^"sc-[\w-]{32}"$/);

    // The ETag names what is drawn: the API's own answer, the first figure of its first stat block.
    const api = await request(app.server).get(`/api/articles?${shareCardQuery(MAIN, 'de')}`);
    const article = api.body.data[0];
    const figure = leadFigure(article.blocks);
    expect(figure).toEqual({ display: expect.stringMatching(/\d/), label: expect.any(String) });
    const full = await request(app.server).get(`/api/articles?filters[slug][$eq]=${MAIN}&populate[blocks][on][blocks.study-stat]=true`);
    const firstBlock = full.body.data[0].blocks.find((b: any) => b.__component === 'blocks.study-stat');
    expect(figure!.display).toBe(firstBlock.rendered.figures[0].display);
    const key = shareCardKey(shareCardContent({ siteName: SITE_NAME, title: article.title, locale: 'de', blocks: article.blocks }));
    expect(res.headers.etag).toBe(`"sc-${key}"`);

    const again = await get(`/artikel/${MAIN}/share.png`).set('If-None-Match', res.headers.etag);
    expect(again.status).toBe(304);
    expect(again.body.length ?? 0).toBe(0);
    const head = await request(app.server).head(`/artikel/${MAIN}/share.png`);
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('image/png');
  });

  it('the English article has its own card', async () => {
    const de = await get(`/artikel/${MAIN}/share.png`);
    const en = await get(`/en/artikel/${MAIN_EN}/share.png`);
    expect(en.status).toBe(200);
    expect(pngSize(en.body)).toEqual({ width: 1200, height: 630 });
    expect(en.headers.etag).not.toBe(de.headers.etag);
  });

  it('unknown slugs, draft-only articles and a slug in the wrong language answer 404', async () => {
    for (const path of [
      '/artikel/gibt-es-nicht/share.png',
      '/artikel/geheimer-entwurf-mit-zahlen/share.png',
      `/en/artikel/${MAIN}/share.png`,
      '/kategorie/studien/share.png',
    ]) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.headers['content-type'] ?? '').not.toBe('image/png');
    }
  });

  it('a page without cover points og:image, twitter:image and JSON-LD at its card, and the URL works', async () => {
    const page = await request(app.server).get(`/artikel/${plain.slug}`);
    expect(page.status).toBe(200);
    const meta = (key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(page.text)?.[1];
    const url = `${origin}/artikel/${plain.slug}/share.png`;
    expect(meta('og:image')).toBe(url);
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');
    expect(meta('og:image:alt')).toMatch(/^Ohne Titelbild: .+: \d/);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:image')).toBe(url);
    const posting = JSON.parse(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(page.text)![1]);
    expect(posting.image).toBe(url);

    const card = await get(new URL(url).pathname);
    expect(card.status).toBe(200);
    expect(pngSize(card.body)).toEqual({ width: 1200, height: 630 });
  });

  it('a new title is a new card: the old ETag no longer matches', async () => {
    const before = await get(`/artikel/${plain.slug}/share.png`);
    await app.strapi
      .documents(ARTICLE)
      .update({ documentId: plain.documentId, locale: 'de', data: { title: 'Ohne Titelbild, neu betitelt' } as any } as any);
    await app.strapi.documents(ARTICLE).publish({ documentId: plain.documentId, locale: 'de' } as any);
    const after = await get(`/artikel/${plain.slug}/share.png`).set('If-None-Match', before.headers.etag);
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(pngSize(after.body)).toEqual({ width: 1200, height: 630 });
  });

  it("the admin side panel names the published article's image: its card, a cover, none for a draft", async () => {
    const auth = { Authorization: `Bearer ${await adminToken(app.server)}` };
    const panel = async (documentId: string) => {
      const res = await request(app.server).get(`/editorial/document?documentId=${documentId}&locale=de`).set(auth);
      expect(res.status).toBe(200);
      return res.body.data.shareImage as { kind: string; url: string } | null;
    };
    expect(await panel(plain.documentId)).toEqual({ kind: 'card', url: `/artikel/${plain.slug}/share.png` });
    expect(await panel(draftId)).toBeNull();
    const main = (await request(app.server).get(`/api/articles?filters[slug][$eq]=${MAIN}&populate[cover]=true`)).body.data[0];
    const image = await panel(main.documentId);
    expect(image).toEqual(main.cover ? { kind: 'cover', url: main.cover.url } : { kind: 'card', url: `/artikel/${MAIN}/share.png` });
    const res = await get(image!.url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
  });
});
