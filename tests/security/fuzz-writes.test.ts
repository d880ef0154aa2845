/**
 * Bad input: at least 2 000 malformed or hostile REST writes (tests/security/fuzz-generator.ts)
 * with a full-access API token against articles, statistics, studies, book tips and
 * categories, POST and PUT. Every answer must be a 4xx with a JSON error message, never a
 * 5xx and never a success, and the content tables must be exactly as before (row counts and
 * a checksum of every row).
 *
 * Repeatable: the seed is printed; `FUZZ_SEED=<seed> npx jest --ci --selectProjects security -- fuzz-writes`
 * sends the same requests again. `FUZZ_COUNT` changes the number (default 2 000).
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { createApiToken } from '../harness/tokens';
import { findPublished } from '../harness/content';
import { contentSnapshot } from '../harness/content-snapshot';
import { DEFAULT_FUZZ_SEED, generateFuzzCases, serializeBody, type FuzzCase, type FuzzContext } from './fuzz-generator';

const SEED = Number(process.env.FUZZ_SEED ?? DEFAULT_FUZZ_SEED);
const COUNT = Math.max(2000, Number(process.env.FUZZ_COUNT ?? 2000));
const CONCURRENCY = 3;

let app: TestInstance;
let token: string;
let ctx: FuzzContext;

beforeAll(async () => {
  app = await startStrapi({ name: 'security-fuzz' });
  token = await createApiToken(app.strapi, 'full-access');
  const { strapi } = app;
  const one = async (uid: string, filters: Record<string, unknown>) => {
    const entry =
      uid.endsWith('category.category') || uid.endsWith('tag.tag') || uid.endsWith('author.author')
        ? await strapi.documents(uid as any).findFirst({ filters } as any)
        : await findPublished(strapi, uid, filters);
    if (!entry) throw new Error(`demo content missing: ${uid} ${JSON.stringify(filters)}`);
    return entry.documentId as string;
  };
  ctx = {
    ids: {
      article: await one('api::article.article', { slug: 'studie-social-media-manager-kleine-teams-viele-ziele' }),
      // A percent statistic: on PUT, value 101 must break its rule.
      statistic: await one('api::statistic.statistic', { label: 'haben ein Team mit fünf bis zehn Personen' }),
      study: await one('api::study.study', { slug: 'social-media-manager-in-deutschen-unternehmen-2014' }),
      bookTip: await one('api::book-tip.book-tip', { title: 'Recht im Social Web (Demo-Buch)' }),
      category: await one('api::category.category', { slug: 'studien' }),
      tag: await one('api::tag.tag', { slug: 'umfrage' }),
      author: await one('api::author.author', { slug: 'lena-hartmann' }),
    },
    takenSlugs: {
      article: 'social-media-budgets-steigen-teams-bleiben-klein',
      study: 'social-media-budget-monitor-demo',
      category: 'berufsbild',
    },
    takenCategoryName: 'Berufsbild',
  };
});

afterAll(async () => {
  await app?.stop();
});

function send(c: FuzzCase) {
  const agent = request(app.server) as any;
  let req = agent[c.method.toLowerCase()](c.path).set('Authorization', `Bearer ${token}`).set('Accept', 'application/json');
  if (c.multipart) {
    for (const [name, value] of Object.entries(c.multipart)) req = req.field(name, value);
    return req;
  }
  const text = c.raw ?? serializeBody(c.body);
  return req.set('Content-Type', c.contentType ?? 'application/json').send(text);
}

interface Outcome {
  c: FuzzCase;
  status: number;
  message: unknown;
  json: boolean;
  transport?: string;
}

async function run(cases: FuzzCase[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const index = next;
      next += 1;
      const c = cases[index];
      try {
        const res = await send(c);
        outcomes[index] = {
          c,
          status: res.status,
          message: res.body?.error?.message,
          json: /json/.test(res.headers['content-type'] ?? ''),
        };
      } catch (error) {
        outcomes[index] = { c, status: 0, message: undefined, json: false, transport: (error as Error).message };
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

describe(`write fuzzing (seed ${SEED})`, () => {
  it(`${COUNT} malformed writes: all 4xx with a JSON error message, nothing stored`, async () => {
    const cases = generateFuzzCases(SEED, COUNT, ctx);
    // eslint-disable-next-line no-console
    console.log(`[fuzz] seed ${SEED}: ${cases.length} requests (repeat with FUZZ_SEED=${SEED})`);
    const before = await contentSnapshot(app.strapi);
    const started = Date.now();

    // Strapi logs every error its error middleware formats, body-parser 400/413 included:
    // collect them instead of printing 100 stack traces, and show them only on failure.
    const logged: string[] = [];
    const logError = app.strapi.log.error;
    app.strapi.log.error = ((error: unknown) => {
      logged.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    }) as any;
    let outcomes: Outcome[] = [];
    try {
      outcomes = await run(cases);
    } finally {
      app.strapi.log.error = logError;
    }

    const seconds = (Date.now() - started) / 1000;
    const byStatus = outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.status]: (acc[o.status] ?? 0) + 1 }), {});
    // eslint-disable-next-line no-console
    console.log(`[fuzz] ${outcomes.length} answers in ${seconds.toFixed(1)} s: ${JSON.stringify(byStatus)}`);

    const wrong = outcomes.filter((o) => o.status < 400 || o.status >= 500 || !o.json || typeof o.message !== 'string' || o.message === '');
    const report = wrong.slice(0, 25).map((o) => ({
      n: o.c.n,
      kind: o.c.kind,
      request: `${o.c.method} ${o.c.path.slice(0, 120)}`,
      note: o.c.note,
      status: o.status,
      message: typeof o.message === 'string' ? o.message.slice(0, 200) : o.message,
      transport: o.transport,
    }));
    const unexpectedLogs = logged.filter((line) => !/^(SyntaxError|PayloadTooLargeError|BadRequestError)\b/.test(line)).slice(0, 10);
    expect({ seed: SEED, wrong: wrong.length, first: report, unexpectedLogs }).toEqual({
      seed: SEED,
      wrong: 0,
      first: [],
      unexpectedLogs: [],
    });

    const after = await contentSnapshot(app.strapi);
    expect(after.counts).toEqual(before.counts);
    expect(after.checksum).toBe(before.checksum);
  }, 120_000);
});
