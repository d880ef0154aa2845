/**
 * The RSS feeds and the sitemap read the database directly, not through the Content API;
 * they follow the Public role's permissions all the same. With `find` on articles revoked,
 * the home page was a 404 while `/rss.xml` still listed every article.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';

let app: TestInstance;
const api = () => request(app.server);
const permissions = () => app.strapi.db.query('plugin::users-permissions.permission');

async function setPublic(action: string, granted: boolean) {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  const existing = await permissions().findOne({ where: { action, role: role.id } });
  if (granted && !existing) await permissions().create({ data: { action, role: role.id } });
  if (!granted && existing) await permissions().delete({ where: { id: existing.id } });
}

beforeAll(async () => {
  app = await startStrapi({ name: 'security-public-role-feeds' });
});
afterAll(async () => {
  await app?.stop();
});

describe('feeds and the sitemap follow the Public role', () => {
  it('with find on articles granted (the default), the feeds and the sitemap list articles', async () => {
    const feed = await api().get('/rss.xml');
    expect(feed.status).toBe(200);
    expect(feed.text).toContain('/artikel/');
    expect((await api().get('/sitemap.xml')).text).toContain('/artikel/');
  });

  it('with find on articles revoked: home, feeds 404 and no article in the sitemap; studies stay', async () => {
    await setPublic('api::article.article.find', false);
    try {
      expect((await api().get('/').set('Accept', 'text/html')).status).toBe(404);
      for (const path of ['/rss.xml', '/en/rss.xml']) {
        const feed = await api().get(path);
        expect({ path, status: feed.status }).toEqual({ path, status: 404 });
        expect(feed.text).not.toContain('/artikel/');
      }
      const map = await api().get('/sitemap.xml');
      expect(map.status).toBe(200);
      expect(map.text).not.toContain('/artikel/');
      expect(map.text).toContain('/studie/');
    } finally {
      await setPublic('api::article.article.find', true);
    }
    // Granted again: listed again at once (a permission change is a write; kept answers are old).
    expect((await api().get('/rss.xml')).text).toContain('/artikel/');
  });

  it('with find on studies revoked, the sitemap lists no study page', async () => {
    await setPublic('api::study.study.find', false);
    try {
      const map = await api().get('/sitemap.xml');
      expect(map.text).not.toContain('/studie/');
      expect(map.text).toContain('/artikel/');
    } finally {
      await setPublic('api::study.study.find', true);
    }
  });
});
