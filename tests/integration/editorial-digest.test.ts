/**
 * The e-mail digest (#18) end to end: Strapi sends through the nodemailer provider to a
 * local SMTP sink this test starts; each owner gets one mail per period in their language,
 * with edit links, as plain text and HTML; opted-out and blocked users get none; without
 * SMTP nothing is sent and one line at startup says why.
 */
import path from 'path';
import request from 'supertest';
import { APP_DIR, startStrapi, type TestInstance } from '../harness/strapi';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';
import { parseMail, startMailSink, type MailSink, type ParsedMail } from '../harness/mail-sink';
import type { DigestStatus } from '../../src/plugins/editorial/shared/contracts';

const ARTICLE = 'api::article.article';
const DAY_MS = 86_400_000;
const SMTP_VARIABLES = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_FROM', 'PUBLIC_URL'];
const PUBLIC_URL = 'http://cms.example.test';

interface Person {
  email: string;
  password: string;
  firstname: string;
  lastname: string;
  preferedLanguage: 'de' | 'en';
  blocked?: boolean;
}
const ANNA: Person = {
  email: 'anna.schmidt@example.org',
  password: 'Redaktion123',
  firstname: 'Anna',
  lastname: 'Schmidt',
  preferedLanguage: 'de',
};
const BEN: Person = {
  email: 'ben.miller@example.org',
  password: 'Redaktion123',
  firstname: 'Ben',
  lastname: 'Miller',
  preferedLanguage: 'en',
};
const CARLA: Person = {
  email: 'carla.weber@example.org',
  password: 'Redaktion123',
  firstname: 'Carla',
  lastname: 'Weber',
  preferedLanguage: 'de',
};
const DORA: Person = {
  email: 'dora.blocked@example.org',
  password: 'Redaktion123',
  firstname: 'Dora',
  lastname: 'Gesperrt',
  preferedLanguage: 'de',
  blocked: true,
};

/** The date an article was first published so that its banner (after 24 months) appears at `outdatedAt`. */
const publishedFor = (outdatedAt: Date) => {
  const date = new Date(outdatedAt);
  date.setUTCFullYear(date.getUTCFullYear() - 2);
  return date.toISOString();
};

async function createUser(app: TestInstance, person: Person): Promise<number> {
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  const user = await app.strapi
    .service('admin::user')
    .create({ ...person, blocked: person.blocked ?? false, isActive: true, registrationToken: null, roles: [role.id] });
  return Number(user.id);
}

async function createArticle(app: TestInstance, title: string, locale: string, outdatedAt: Date, owner: number | null) {
  const created = await app.strapi.documents(ARTICLE).create({
    data: { title, excerpt: title, originallyPublishedAt: publishedFor(outdatedAt), ...(owner ? { owner } : {}) },
    locale,
    status: 'published',
  } as any);
  return created.documentId as string;
}

const textPart = (mail: ParsedMail) => mail.parts.find((p) => p.contentType === 'text/plain')!;
const htmlPart = (mail: ParsedMail) => mail.parts.find((p) => p.contentType === 'text/html')!;

describe('with SMTP', () => {
  let sink: MailSink;
  let app: TestInstance;
  let ids: Record<'anna' | 'ben' | 'carla' | 'dora', number>;
  let docs: Record<string, string>;
  let absoluteAdminUrl: string;
  let superAdmin: { Authorization: string };
  const signIn = async (person: Person) => {
    const res = await request(app.server).post('/admin/login').send({ email: person.email, password: person.password });
    expect(res.status).toBe(200);
    return { Authorization: `Bearer ${res.body.data.token}` };
  };
  const send = () => app.strapi.plugin('editorial').service('digest').send(new Date());
  const mailsTo = (person: { email: string }) => sink.mails.filter((m) => m.to.includes(person.email));
  const editLink = (documentId: string, locale: string) =>
    `${absoluteAdminUrl}/content-manager/collection-types/${ARTICLE}/${documentId}?plugins[i18n][locale]=${locale}`;

  beforeAll(async () => {
    sink = await startMailSink();
    app = await startStrapi({
      name: 'editorial-digest',
      seed: false,
      env: {
        ADMIN_EMAIL: TEST_ADMIN.email,
        ADMIN_PASSWORD: TEST_ADMIN.password,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(sink.port),
        SMTP_FROM: 'Social-Media-Blog <redaktion@example.org>',
        // Links in the mail are built from the public address.
        PUBLIC_URL,
      },
    });
    absoluteAdminUrl = String(app.strapi.config.get('admin.absoluteUrl'));
    expect(absoluteAdminUrl).toBe(`${PUBLIC_URL}/admin`);
    ids = {
      anna: await createUser(app, ANNA),
      ben: await createUser(app, BEN),
      carla: await createUser(app, CARLA),
      dora: await createUser(app, DORA),
    };
    const now = Date.now();
    // Outdated two days ago: after the previous period began (7–14 days ago), so "new".
    const recently = new Date(now - 2 * DAY_MS);
    docs = {
      annaNew: await createArticle(app, 'Instagram-Reichweite 2024: <Zahlen> & Fakten', 'de', recently, ids.anna),
      annaOld: await createArticle(app, 'Facebook-Tipps aus dem Archiv', 'de', new Date('2017-03-01T10:00:00Z'), ids.anna),
      annaDue: await createArticle(app, 'TikTok für Agenturen', 'de', new Date(now + 30 * DAY_MS), ids.anna),
      annaFresh: await createArticle(app, 'Threads: erste Erfahrungen', 'de', new Date(now + 400 * DAY_MS), ids.anna),
      benNew: await createArticle(app, 'LinkedIn reach in 2024', 'en', recently, ids.ben),
      carlaNew: await createArticle(app, 'Pinterest im Mittelstand', 'de', recently, ids.carla),
      doraNew: await createArticle(app, 'Xing-Gruppen', 'de', recently, ids.dora),
      nobodyNew: await createArticle(app, 'Snapchat ohne Verantwortliche', 'de', recently, null),
    };
    superAdmin = { Authorization: `Bearer ${await adminToken(app.server)}` };
  });
  afterAll(async () => {
    await app?.stop();
    await sink?.close();
    // The next file in this Jest worker must not inherit the sink's settings.
    for (const name of SMTP_VARIABLES) delete process.env[name];
  });

  it('GET/PUT /editorial/digest/me: only for a signed-in admin user, for themselves, with a checked body', async () => {
    expect((await request(app.server).get('/editorial/digest/me')).status).toBe(401);
    expect((await request(app.server).put('/editorial/digest/me').send({ subscribed: false })).status).toBe(401);

    const carla = await signIn(CARLA);
    const before = await request(app.server).get('/editorial/digest/me').set(carla);
    expect(before.status).toBe(200);
    expect(before.body.data).toEqual<DigestStatus>({
      subscribed: true,
      mailConfigured: true,
      includeEditorsWithoutArticles: false,
      schedule: '0 7 * * 1',
      timeZone: 'Europe/Berlin',
    });
    for (const body of [{ subscribed: 'nein' }, {}, { subscribed: false, userId: ids.anna }]) {
      const bad = await request(app.server).put('/editorial/digest/me').set(carla).send(body);
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/subscribed/);
    }
    const off = await request(app.server).put('/editorial/digest/me').set(carla).send({ subscribed: false });
    expect(off.status).toBe(200);
    expect(off.body.data.subscribed).toBe(false);
    // Carla's choice is hers alone.
    expect(
      (
        await request(app.server)
          .get('/editorial/digest/me')
          .set(await signIn(ANNA))
      ).body.data.subscribed,
    ).toBe(true);
    // Editors may not change who gets the digest.
    expect(
      (await request(app.server).put('/editorial/digest/settings').set(carla).send({ includeEditorsWithoutArticles: true })).status,
    ).toBe(403);
  });

  it('sends each owner one mail in their language with the edit links, as plain text and HTML; a second run sends nothing', async () => {
    const first = await send();
    expect(first).toMatchObject({ sent: 2, failed: 0 });
    expect(sink.mails.flatMap((m) => m.to).sort()).toEqual([ANNA.email, BEN.email].sort());

    const anna = parseMail(mailsTo(ANNA)[0].raw);
    expect(anna.headers.from).toBe('"Social-Media-Blog" <redaktion@example.org>');
    expect(anna.headers['auto-submitted']).toBe('auto-generated');
    expect(anna.headers['content-type']).toMatch(/^multipart\/alternative/);
    expect(anna.subject).toBe('Aktualität: 1 Artikel neu veraltet, 1 bald fällig');
    const text = textPart(anna).body;
    expect(text).toContain('Guten Tag Anna Schmidt,');
    expect(text).toContain(`- Instagram-Reichweite 2024: <Zahlen> & Fakten [DE]\n  veraltet seit `);
    expect(text).toContain(`Bearbeiten: ${editLink(docs.annaNew, 'de')}\n`);
    expect(text).toContain(`- TikTok für Agenturen [DE]\n  fällig am `);
    expect(text).toContain(`Bearbeiten: ${editLink(docs.annaDue, 'de')}\n`);
    // The 2019 banner is no news: counted and linked, not listed; fresh articles are not mentioned.
    expect(text).not.toContain('Facebook-Tipps');
    expect(text).toContain(`Schon länger veraltet: 1 Artikel. Liste: ${absoluteAdminUrl}/plugins/editorial?filter=outdated&owner=me`);
    expect(text).not.toContain('Threads');
    expect(text).not.toMatch(/<a |<p>|&amp;/);
    const html = htmlPart(anna).body;
    expect(html).toContain(`<a href="${editLink(docs.annaNew, 'de')}">Instagram-Reichweite 2024: &lt;Zahlen&gt; &amp; Fakten [DE]</a>`);
    expect(html).toContain(`<a href="${editLink(docs.annaDue, 'de')}">`);
    expect(html).toContain(`<a href="${absoluteAdminUrl}/plugins/editorial?filter=outdated&amp;owner=me">`);

    const ben = parseMail(mailsTo(BEN)[0].raw);
    expect(ben.subject).toBe('Freshness: 1 article newly outdated');
    expect(textPart(ben).body).toContain('Hello Ben Miller,');
    expect(textPart(ben).body).toMatch(/- LinkedIn reach in 2024 \[EN\]\n {2}outdated since \d{1,2} [A-Z][a-z]{2} \d{4}\n/);
    expect(textPart(ben).body).toContain(`Edit: ${editLink(docs.benNew, 'en')}`);
    expect(htmlPart(ben).body).toContain('<html lang="en">');

    // Opted out (Carla), blocked (Dora), owning nothing (the super admin): no mail.
    expect(mailsTo(CARLA)).toHaveLength(0);
    expect(mailsTo(DORA)).toHaveLength(0);
    expect(mailsTo(TEST_ADMIN)).toHaveLength(0);

    const second = await send();
    expect(second).toMatchObject({ sent: 0, failed: 0, period: first.period });
    expect(sink.mails).toHaveLength(2);
  });

  it('with the switch on, editors who own nothing get what nobody owns, once; owners are not sent again', async () => {
    const on = await request(app.server).put('/editorial/digest/settings').set(superAdmin).send({ includeEditorsWithoutArticles: true });
    expect(on.status).toBe(200);
    expect(on.body.data.includeEditorsWithoutArticles).toBe(true);
    expect(
      (await request(app.server).put('/editorial/digest/settings').set(superAdmin).send({ includeEditorsWithoutArticles: 'ja' })).status,
    ).toBe(400);

    expect(await send()).toMatchObject({ sent: 1, failed: 0 });
    expect(await send()).toMatchObject({ sent: 0 });
    const mails = mailsTo(TEST_ADMIN);
    expect(mails).toHaveLength(1);
    const text = textPart(parseMail(mails[0].raw)).body;
    expect(text).toContain('für die niemand verantwortlich ist');
    expect(text).toContain('- Snapchat ohne Verantwortliche [DE]');
    expect(text).toContain(editLink(docs.nobodyNew, 'de'));
    expect(text).not.toContain('Instagram');
    expect(sink.mails).toHaveLength(3);
  });

  it('a failed send is not recorded, so the next run retries it', async () => {
    const digest = app.strapi.plugin('editorial').service('digest');
    const knex = app.strapi.db.connection;
    // As if Ben's digest of this period were still due, with a relay that refuses it.
    await knex('editorial_digest_log').where({ user_id: ids.ben }).delete();
    const email = app.strapi.plugin('email').service('email');
    const original = email.send;
    email.send = async () => {
      throw new Error('relay refused');
    };
    try {
      expect(await digest.send(new Date())).toMatchObject({ sent: 0, failed: 1 });
    } finally {
      email.send = original;
    }
    expect(await knex('editorial_digest_log').where({ user_id: ids.ben })).toHaveLength(0);
    expect(await digest.send(new Date())).toMatchObject({ sent: 1, failed: 0 });
    expect(mailsTo(BEN)).toHaveLength(2);
  });
});

describe('without SMTP', () => {
  let app: TestInstance;
  const printed: string[] = [];

  beforeAll(async () => {
    for (const name of SMTP_VARIABLES) delete process.env[name];
    // The logger's console transport, as Strapi loads it (config/logger.ts, compiled; the
    // module is shared within this file): let it pass info lines and keep what it prints.
    const transport = require(path.join(APP_DIR, 'dist', 'config', 'logger.js')).default.transports[0];
    const { level, log } = transport;
    transport.level = 'info';
    transport.log = (info: any, next: () => void) => {
      printed.push(String(info[Symbol.for('message')] ?? info.message));
      if (typeof next === 'function') next();
    };
    try {
      app = await startStrapi({ name: 'editorial-digest-off', seed: false });
    } finally {
      Object.assign(transport, { level, log });
    }
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('starts, says once why there is no digest, and sends nothing', async () => {
    const lines = printed
      .join('')
      .split('\n')
      .filter((line) => line.includes('E-mail digest off'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\[editorial\] E-mail digest off: SMTP_HOST is not set \(see docs\/configuration.md, "E-mail"\)/);
    expect(await app.strapi.plugin('editorial').service('digest').send(new Date())).toEqual({
      sent: 0,
      failed: 0,
      reason: 'SMTP_HOST is not set',
    });
  });
});
