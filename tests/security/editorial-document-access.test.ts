/**
 * The plugin's admin routes apply the content manager's permissions to each document:
 * an Author (Strapi's role: content-manager permissions with the "is creator" condition)
 * had read any colleague's draft, stat blocks and cited draft study included, through
 * `GET /editorial/document`, while the content manager refused the same document (403).
 *
 * - `GET /editorial/document` needs the content manager's read permission on the document
 *   (every stored version in that locale), conditions and locale restrictions included;
 *   for each caller and document it answers as the content manager does (200 / 403),
 *   for Strapi's "is creator" and "has same role as creator" conditions and locale limits;
 * - `POST /editorial/mark-reviewed` needs the update permission on every version it writes
 *   and on the field `lastReviewedAt`; a bulk request with one refused document writes nothing;
 * - `GET /editorial/freshness` lists only documents the caller may read;
 * - `GET /content-manager/preview/url/:uid` (Strapi's, guarded by the plugin's `may-preview`
 *   policy) issues a preview link exactly when the content manager would show the draft:
 *   before, any signed-in admin got a working link to any draft.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';
import { findPublished } from '../harness/content';

const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
const SECRET = 'GEHEIM-KOLLEGIN-4c1d';
const PASSWORD = 'Redaktion123';

let app: TestInstance;
const api = () => request(app.server);
const users: Record<string, string> = {};
const docs: Record<string, string> = {};

async function createUser(key: string, roleId: number) {
  const email = `${key}@example.org`;
  await app.strapi
    .service('admin::user')
    .create({ email, firstname: key, password: PASSWORD, isActive: true, registrationToken: null, roles: [roleId] });
  const res = await api().post('/admin/login').send({ email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`login of ${key} failed: ${res.status}`);
  users[key] = `Bearer ${res.body.data.token}`;
}

const roleId = async (code: string) => (await app.strapi.db.query('admin::role').findOne({ where: { code } })).id as number;

async function grant(role: number, action: string) {
  const permissions = app.strapi.db.query('admin::permission');
  if (!(await permissions.findOne({ where: { action, role } }))) {
    await permissions.create({ data: { action, role, subject: null, properties: {}, conditions: [], actionParameters: {} } });
  }
}

/** A custom role: the plugin's permissions plus content-manager permissions on articles. */
async function customRole(
  name: string,
  plugin: string[],
  contentManager: Array<{ action: string; fields?: string[]; locales?: string[]; conditions?: string[] }>,
) {
  const role = await app.strapi.service('admin::role').create({ name, description: 'Test' });
  const allFields = Object.keys(app.strapi.contentType(ARTICLE as any).attributes).filter(
    (f) => !['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'localizations', 'locale', 'documentId'].includes(f),
  );
  await app.strapi.service('admin::role').assignPermissions(role.id, [
    ...plugin.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
    ...contentManager.map(({ action, fields = allFields, locales = ['de', 'en'], conditions = [] }) => ({
      action: `plugin::content-manager.explorer.${action}`,
      subject: ARTICLE,
      properties: { fields, locales },
      conditions,
    })),
  ]);
  return role.id as number;
}

async function createInCm(auth: string, body: Record<string, unknown>, locale = 'de'): Promise<string> {
  const res = await api().post(`${CM}?locale=${locale}`).set('Authorization', auth).send(body);
  if (res.status >= 300) throw new Error(`content manager create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentId;
}

const reviewedAt = async (documentId: string) =>
  (await app.strapi.db.query(ARTICLE).findMany({ where: { documentId }, select: ['lastReviewedAt'], orderBy: { id: 'asc' } })).map(
    (r: any) => r.lastReviewedAt,
  );

beforeAll(async () => {
  app = await startStrapi({
    name: 'security-document-access',
    env: { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password },
  });
  users.superAdmin = `Bearer ${await adminToken(app.server)}`;
  const editor = await roleId('strapi-editor');
  const author = await roleId('strapi-author');
  await createUser('editorin', editor);
  await createUser('autorin', author);
  await createUser('autor2', author);
  // Authors may mark reviewed here, so that only the content manager's condition stands in the way.
  await grant(author, 'plugin::editorial.freshness.mark-reviewed');
  await createUser(
    'englisch',
    await customRole(
      'Nur Englisch',
      ['plugin::editorial.freshness.read', 'plugin::editorial.freshness.mark-reviewed'],
      [
        { action: 'read', locales: ['en'] },
        { action: 'update', locales: ['en'] },
      ],
    ),
  );
  await createUser(
    'ohnefeld',
    await customRole(
      'Ohne Prüfdatum',
      ['plugin::editorial.freshness.read', 'plugin::editorial.freshness.mark-reviewed'],
      [{ action: 'read' }, { action: 'update', fields: ['title', 'excerpt', 'blocks', 'originallyPublishedAt', 'freshness'] }],
    ),
  );

  // Strapi's other condition: a team sees what members of its role created.
  const team = await customRole(
    'Team',
    ['plugin::editorial.freshness.read', 'plugin::editorial.freshness.mark-reviewed'],
    ['create', 'read', 'update'].map((action) => ({ action, conditions: ['admin::has-same-role-as-creator'] })),
  );
  await createUser('team1', team);
  await createUser('team2', team);

  const statistic = await findPublished(app.strapi, 'api::statistic.statistic', { label: 'haben ein Team mit fünf bis zehn Personen' });
  // The Editor's draft, with a stat block: what the Author must not see.
  docs.editorsDraft = await createInCm(users.editorin, {
    title: `${SECRET} Entwurf der Kollegin`,
    excerpt: `${SECRET} Auszug`,
    blocks: [
      { __component: 'blocks.study-stat', heading: `${SECRET} Werte`, statistics: { connect: [{ documentId: statistic!.documentId }] } },
    ],
  });
  docs.ownDraft = await createInCm(users.autorin, { title: 'Eigener Entwurf der Autorin' });
  docs.othersDraft = await createInCm(users.autor2, { title: `${SECRET} Entwurf des zweiten Autors` });
  // The Author's article, published by the super admin (Authors cannot publish).
  docs.ownPublished = await createInCm(users.autorin, { title: 'Veröffentlichter Artikel der Autorin' });
  const published = await api()
    .post(`${CM}/${docs.ownPublished}/actions/publish?locale=de`)
    .set('Authorization', users.superAdmin)
    .send({});
  if (published.status >= 300) throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body)}`);
  // An English version of the Editor's draft.
  const en = await api()
    .put(`${CM}/${docs.editorsDraft}?locale=en`)
    .set('Authorization', users.editorin)
    .send({ title: 'English version' });
  if (en.status >= 300) throw new Error(`English version failed: ${en.status} ${JSON.stringify(en.body)}`);
  docs.teamDraft = await createInCm(users.team1, { title: 'Entwurf des Teams' });
  // A role with no permission at all: signed in, nothing else.
  await createUser('ohnerechte', (await app.strapi.service('admin::role').create({ name: 'Ohne Rechte', description: 'Test' })).id);
  // Demo content, imported by code (no creator).
  docs.demo = (await findPublished(app.strapi, ARTICLE, { slug: MAIN }))!.documentId;
});

afterAll(async () => {
  await app?.stop();
});

const sidePanel = (auth: string, documentId: string, locale = 'de') =>
  api().get(`/editorial/document?documentId=${documentId}&locale=${locale}`).set('Authorization', auth);
const contentManager = (auth: string, documentId: string, locale = 'de') =>
  api().get(`${CM}/${documentId}?locale=${locale}`).set('Authorization', auth);

describe('GET /editorial/document', () => {
  it("an Author gets 403 on a colleague's draft, with nothing of it in the answer", async () => {
    for (const documentId of [docs.editorsDraft, docs.othersDraft]) {
      const res = await sidePanel(users.autorin, documentId);
      expect(res.status).toBe(403);
      expect(res.text).not.toContain(SECRET);
      expect(res.text).not.toContain('statBlocks');
    }
  });

  it('an Author gets 200 on their own draft and their own published article', async () => {
    const own = await sidePanel(users.autorin, docs.ownDraft);
    expect(own.status).toBe(200);
    expect(own.body.data).toMatchObject({ documentId: docs.ownDraft, version: 'draft', state: 'unpublished' });
    const published = await sidePanel(users.autorin, docs.ownPublished);
    expect(published.status).toBe(200);
    expect(published.body.data.version).toBe('published');
  });

  it("an Editor still gets 200 on everyone's documents, stat blocks included", async () => {
    const draft = await sidePanel(users.editorin, docs.editorsDraft);
    expect(draft.status).toBe(200);
    // Strapi's Editor role comes without locales (strapi/strapi#22781); the app's bootstrap
    // completes it, so the content manager opens the article too.
    expect((await contentManager(users.editorin, docs.demo)).status).toBe(200);
    expect(draft.body.data.statBlocks).toHaveLength(1);
    for (const documentId of [docs.ownDraft, docs.othersDraft, docs.ownPublished, docs.demo]) {
      expect({ documentId, status: (await sidePanel(users.editorin, documentId)).status }).toEqual({ documentId, status: 200 });
    }
  });

  it('answers every caller and document as the content manager does (conditions and locale restrictions)', async () => {
    const table: string[] = [];
    const mismatches: string[] = [];
    for (const user of ['superAdmin', 'editorin', 'autorin', 'autor2', 'englisch', 'ohnefeld', 'team1', 'team2']) {
      for (const [name, documentId] of Object.entries(docs)) {
        for (const locale of ['de', 'en']) {
          const [plugin, cm] = await Promise.all([
            sidePanel(users[user], documentId, locale),
            contentManager(users[user], documentId, locale),
          ]);
          // The content manager answers 200 with empty data for a locale the document lacks; the panel 404.
          const cmVerdict = cm.status === 200 && !cm.body.data?.documentId ? 'none' : cm.status;
          const pluginVerdict = plugin.status === 404 ? 'none' : plugin.status;
          table.push(`${user} ${name} ${locale}: panel ${plugin.status}, content manager ${cm.status}`);
          if (pluginVerdict !== cmVerdict)
            mismatches.push(`${user} ${name} ${locale}: panel ${plugin.status}, content manager ${cm.status}`);
          if (plugin.status !== 200) expect(plugin.text).not.toContain(SECRET);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // The table is not trivial: both verdicts occur.
    expect(table.some((row) => row.includes('panel 403'))).toBe(true);
    expect(table.some((row) => row.includes('panel 200'))).toBe(true);
    expect(table).toContain('englisch editorsDraft de: panel 403, content manager 403');
    expect(table).toContain('englisch editorsDraft en: panel 200, content manager 200');
    expect(table).toContain('editorin demo de: panel 200, content manager 200');
    expect(table).toContain('autorin ownDraft de: panel 200, content manager 200');
    expect(table).toContain('autorin editorsDraft de: panel 403, content manager 403');
    expect(table).toContain('team2 teamDraft de: panel 200, content manager 200');
    expect(table).toContain('team2 editorsDraft de: panel 403, content manager 403');
    expect(table).toContain('autorin teamDraft de: panel 403, content manager 403');
  });
});

describe('GET /content-manager/preview/url/:uid', () => {
  const previewUrl = (auth: string, documentId: string, locale = 'de') =>
    api().get(`/content-manager/preview/url/${ARTICLE}?documentId=${documentId}&locale=${locale}&status=draft`).set('Authorization', auth);

  it('issues a link exactly when the content manager shows the draft (all 96 callers, documents and locales)', async () => {
    const mismatches: string[] = [];
    const issued: string[] = [];
    for (const user of ['superAdmin', 'editorin', 'autorin', 'autor2', 'englisch', 'ohnefeld', 'team1', 'team2']) {
      for (const [name, documentId] of Object.entries(docs)) {
        for (const locale of ['de', 'en']) {
          const [link, cm] = await Promise.all([
            previewUrl(users[user], documentId, locale),
            contentManager(users[user], documentId, locale),
          ]);
          const cmShows = cm.status === 200 && Boolean(cm.body.data?.documentId);
          const linkIssued = link.status === 200 && typeof link.body.data?.url === 'string';
          if (linkIssued) issued.push(`${user} ${name} ${locale}`);
          // No link for what the content manager refuses (403), and none for a locale the document lacks (204).
          if (linkIssued !== cmShows || (cm.status === 403 && link.status !== 403))
            mismatches.push(`${user} ${name} ${locale}: preview url ${link.status}, content manager ${cm.status}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(issued).toContain('autorin ownDraft de');
    expect(issued).toContain('editorin editorsDraft de');
    expect(issued).not.toContain('autorin editorsDraft de');
    expect(issued).not.toContain('englisch editorsDraft de');
    expect(issued).toContain('englisch editorsDraft en');
  });

  it('a role without any permission gets 403 and no link, for every document', async () => {
    for (const documentId of Object.values(docs)) {
      const res = await previewUrl(users.ohnerechte, documentId);
      expect(res.status).toBe(403);
      expect(res.text).not.toContain('preview=');
    }
  });

  it("the link an Author was refused would have opened the colleague's draft: the Editor's does", async () => {
    const res = await previewUrl(users.editorin, docs.editorsDraft);
    expect(res.status).toBe(200);
    const token = new URL(res.body.data.url, 'http://localhost').searchParams.get('preview')!;
    const draft = await api().get(`/api/editorial/preview?token=${encodeURIComponent(token)}`);
    expect(draft.status).toBe(200);
    expect(draft.text).toContain(SECRET);
  });
});

describe('POST /editorial/mark-reviewed', () => {
  const mark = (auth: string, documentIds: string[], locale: string | null = 'de') =>
    api().post('/editorial/mark-reviewed').set('Authorization', auth).send({ documentIds, locale });

  it("an Author may mark their own article, not a colleague's (403, nothing written)", async () => {
    const before = await reviewedAt(docs.othersDraft);
    const refused = await mark(users.autorin, [docs.othersDraft]);
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.documentIds).toEqual([docs.othersDraft]);
    expect(await reviewedAt(docs.othersDraft)).toEqual(before);

    const ok = await mark(users.autorin, [docs.ownPublished]);
    expect(ok.status).toBe(200);
    expect(ok.body.data.updated).toBe(1);
  });

  it('a bulk request with one refused document writes none of them', async () => {
    const ownBefore = await reviewedAt(docs.ownDraft);
    const demoBefore = await reviewedAt(docs.demo);
    const res = await mark(users.autorin, [docs.ownDraft, docs.demo, docs.editorsDraft], null);
    expect(res.status).toBe(403);
    expect(res.body.error.details.documentIds.sort()).toEqual([docs.demo, docs.editorsDraft].sort());
    expect(await reviewedAt(docs.ownDraft)).toEqual(ownBefore);
    expect(await reviewedAt(docs.demo)).toEqual(demoBefore);
  });

  it('a role may update articles only in English: the German version is refused, the English one marked', async () => {
    expect((await mark(users.englisch, [docs.editorsDraft], 'de')).status).toBe(403);
    expect((await mark(users.englisch, [docs.editorsDraft], null)).status).toBe(403);
    expect((await mark(users.englisch, [docs.editorsDraft], 'en')).status).toBe(200);
  });

  it('a role whose field permissions leave out lastReviewedAt is refused', async () => {
    const before = await reviewedAt(docs.demo);
    expect((await mark(users.ohnefeld, [docs.demo])).status).toBe(403);
    expect(await reviewedAt(docs.demo)).toEqual(before);
  });

  it("a team member may mark a teammate's article (has same role as creator), not others'", async () => {
    expect((await mark(users.team2, [docs.teamDraft])).status).toBe(200);
    expect((await mark(users.team2, [docs.ownDraft])).status).toBe(403);
  });

  it('an Editor marks anyone\u2019s articles', async () => {
    const res = await mark(users.editorin, [docs.demo, docs.othersDraft]);
    expect(res.status).toBe(200);
    expect((await reviewedAt(docs.othersDraft)).every((date: unknown) => date !== null)).toBe(true);
  });
});

describe('GET /editorial/freshness', () => {
  const listed = async (auth: string) => {
    const res = await api().get('/editorial/freshness?pageSize=100').set('Authorization', auth);
    expect(res.status).toBe(200);
    return { ids: res.body.data.map((row: any) => row.documentId) as string[], total: res.body.meta.counts.total as number };
  };

  it("an Author's overview lists only their own published articles, and counts only those", async () => {
    const author = await listed(users.autorin);
    expect(author.ids).toEqual([docs.ownPublished]);
    expect(author.total).toBe(1);
    const other = await listed(users.autor2);
    expect(other.ids).toEqual([]);
    expect(other.total).toBe(0);
  });

  it('an Editor and the super admin see every published article', async () => {
    const editor = await listed(users.editorin);
    expect(editor.ids).toEqual(expect.arrayContaining([docs.ownPublished, docs.demo]));
    expect(editor.total).toBe(await app.strapi.db.query(ARTICLE).count({ where: { locale: 'de', publishedAt: { $notNull: true } } }));
    expect((await listed(users.superAdmin)).total).toBe(editor.total);
  });

  it('a role that may read only English articles sees none in German', async () => {
    expect((await listed(users.englisch)).total).toBe(0);
    const english = await api().get('/editorial/freshness?locale=en&pageSize=100').set('Authorization', users.englisch);
    expect(english.status).toBe(200);
    expect(english.body.meta.counts.total).toBeGreaterThan(0);
  });
});
