/**
 * The search must not become a way to drafts or to the stored search text:
 * - a draft-only article and a published article's pending draft change are not found
 *   by their unique words, neither by the API route nor on the search page;
 * - `searchText` (private) is in no answer, for the Public role or a full-access token,
 *   and the Public role can neither filter, sort nor select by it, also through relations;
 * - a client cannot write its own `searchText`: the stored one is always recomputed.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { createApiToken } from '../harness/tokens';

const ARTICLE = 'api::article.article';
const DRAFT_WORD = 'Entwurfsgeheimwort';
const PENDING_WORD = 'Aenderungsgeheimwort';
const PUBLISHED_WORD = 'Veroeffentlichtwort';

let app: TestInstance;
let token: string;
let pendingId: string;
const api = () => request(app.server);
const docs = () => app.strapi.documents(ARTICLE as any) as any;
const searchSlugs = async (word: string, auth?: string) => {
  const call = api().get(`/api/articles/search?q=${encodeURIComponent(word)}&pageSize=100`);
  const res = await (auth ? call.set('Authorization', `Bearer ${auth}`) : call);
  expect({ word, status: res.status }).toEqual({ word, status: 200 });
  return res.body.data.map((a: any) => a.slug);
};

/** Every key anywhere in a JSON answer. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.add(key);
      keysOf(item, into);
    }
  }
  return into;
}

beforeAll(async () => {
  app = await startStrapi({ name: 'security-search' });
  token = await createApiToken(app.strapi, 'full-access');
  await docs().create({ data: { title: `Nur ein Entwurf mit ${DRAFT_WORD}`, excerpt: DRAFT_WORD }, locale: 'de', status: 'draft' });
  const published = await docs().create({
    data: { title: 'Veröffentlicht mit späterer Änderung', excerpt: `Öffentlich: ${PUBLISHED_WORD}.` },
    locale: 'de',
    status: 'published',
  });
  pendingId = published.documentId;
  // A pending change in the draft, in every text the search covers.
  await docs().update({
    documentId: pendingId,
    locale: 'de',
    data: {
      title: `Geändert: ${PENDING_WORD}`,
      excerpt: `Neu: ${PENDING_WORD}`,
      blocks: [
        { __component: 'blocks.rich-text', body: [{ type: 'paragraph', children: [{ type: 'text', text: `Text ${PENDING_WORD}` }] }] },
        { __component: 'blocks.quote', text: PENDING_WORD },
      ],
    },
  });
});
afterAll(async () => {
  await app?.stop();
});

describe('drafts stay out of the search', () => {
  it('a draft-only article is not found by its words, anonymously or with a token', async () => {
    expect(await searchSlugs(DRAFT_WORD)).toEqual([]);
    expect(await searchSlugs(DRAFT_WORD, token)).toEqual([]);
    // Asking the search for drafts is a 400 naming `status`, for readers and tokens alike (it was a silent 200 for readers).
    for (const auth of [null, token]) {
      const call = api().get(`/api/articles/search?q=${DRAFT_WORD}&status=draft`);
      const res = await (auth ? call.set('Authorization', `Bearer ${auth}`) : call);
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0].path).toEqual(['status']);
    }
    const page = await api().get(`/suche?q=${DRAFT_WORD}`);
    expect(page.text).toContain(`0 Treffer für „${DRAFT_WORD}“`);
    expect(page.text).not.toContain('Nur ein Entwurf');
  });

  it('a pending draft change is not found; the published text still is, and the change is once published', async () => {
    expect(await searchSlugs(PENDING_WORD)).toEqual([]);
    expect(await searchSlugs(PENDING_WORD.toUpperCase(), token)).toEqual([]);
    expect((await api().get(`/suche?q=${PENDING_WORD}`)).text).toContain(`0 Treffer für „${PENDING_WORD}“`);
    const published = await searchSlugs(PUBLISHED_WORD);
    expect(published).toHaveLength(1);
    // The draft row did get the new text: publishing brings it to readers, and the old words go.
    await docs().publish({ documentId: pendingId, locale: 'de' });
    expect(await searchSlugs(PENDING_WORD)).toEqual(published);
    expect(await searchSlugs(PUBLISHED_WORD)).toEqual([]);
  });
});

describe('the stored search text stays private', () => {
  it('is in no answer: lists, single entries, populate=*, the search, with a full-access token too', async () => {
    const { documentId } = (await api().get('/api/articles?fields[0]=title')).body.data[0];
    for (const path of [
      '/api/articles?pagination[pageSize]=100',
      '/api/articles?populate=*',
      `/api/articles/${documentId}`,
      '/api/articles/search?q=social&pageSize=100',
      '/api/categories?populate[articles]=true',
      '/api/articles?populate[related]=true&populate[localizations]=true',
    ]) {
      for (const auth of [null, token]) {
        const call = api().get(path);
        const res = await (auth ? call.set('Authorization', `Bearer ${auth}`) : call);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
        expect(res.body.data.length ?? 1).toBeGreaterThan(0);
        expect({ path, leaked: keysOf(res.body).has('searchText') }).toEqual({ path, leaked: false });
      }
    }
  });

  it('cannot be filtered, sorted or selected by readers, directly or through a relation', async () => {
    for (const query of [
      '/api/articles?filters[searchText][$contains]=social',
      '/api/articles?filters[$or][0][searchText][$startsWith]=s',
      '/api/articles?sort=searchText',
      '/api/articles?fields[0]=searchText',
      '/api/articles?filters[related][searchText][$contains]=social',
      '/api/categories?filters[articles][searchText][$contains]=social',
      '/api/articles/search?q=social&filters[searchText][$contains]=x',
      '/api/articles/search?q=social&fields[0]=searchText',
      // Unknown or editors-only parameters are refused, not dropped.
      '/api/articles/search?q=social&publicationFilter=never-published-document',
      '/api/articles/search?q=social&hasPublishedVersion=false',
      '/api/articles/search?q=social&sort=title',
      '/api/articles/search?q=social&pagination[page]=2',
      '/api/articles/search?q=social&gibtsnicht=1',
    ]) {
      const res = await api().get(query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
    }
  });

  it('a client cannot write it: the stored text is recomputed from the article', async () => {
    const res = await api()
      .post('/api/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Selbst geschriebener Suchtext', searchText: 'eingeschleust' } });
    if (res.status === 201) {
      const rows = await app.strapi.db
        .query(ARTICLE as any)
        .findMany({ where: { documentId: res.body.data.documentId }, select: ['searchText'] });
      expect(rows.map((row: any) => row.searchText)).toEqual(rows.map(() => 'selbst geschriebener suchtext'));
    } else {
      expect(res.status).toBe(400);
    }
  });
});
