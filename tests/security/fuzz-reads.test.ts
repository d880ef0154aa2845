/**
 * Bad input on reads: seeded hostile Content API reads around every number a read
 * carries and every operator a filter may name (tests/security/fuzz-reads-generator.ts):
 * pagination, filter values on number fields and relations, any operator (Strapi's and
 * unknown ones) with any operand shape on every field of every public type, at any depth,
 * in populate, on collections, entries and plugin routes, anonymous and with an API token.
 * `GET /api/articles?pagination[start]=99999999999999999999` and
 * `filters[title][$between]=a` had answered anonymous callers 500.
 * - never a 5xx (every one is printed);
 * - a hostile number, operator or operand is a 400 `ValidationError` whose
 *   `details.errors` name the parameter as it was sent;
 * - valid numbers and valid conditions on every field type are answered 200.
 *
 * Repeatable: the seed is printed; `FUZZ_SEED=<seed> npx jest --ci --selectProjects security -- fuzz-reads`
 * sends the same requests again. `FUZZ_READ_COUNT` changes the number (default 6 000).
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { createApiToken } from '../harness/tokens';
import { findPublished } from '../harness/content';
import {
  DEFAULT_READ_FUZZ_SEED,
  generateReadFuzzCases,
  readFuzzSchemaOf,
  type ReadFuzzCase,
  type ReadFuzzSchema,
} from './fuzz-reads-generator';

const SEED = Number(process.env.FUZZ_SEED ?? DEFAULT_READ_FUZZ_SEED);
const COUNT = Math.max(3000, Number(process.env.FUZZ_READ_COUNT ?? 6000));
const CONCURRENCY = 3;

/** The blog's types by REST path, with a published entry of each for the single-entry route. */
const TYPES: Record<string, { path: string; sample?: Record<string, unknown> }> = {
  'api::article.article': { path: '/api/articles', sample: { slug: 'studie-social-media-manager-kleine-teams-viele-ziele' } },
  'api::study.study': { path: '/api/studies', sample: { slug: 'social-media-manager-in-deutschen-unternehmen-2014' } },
  'api::statistic.statistic': { path: '/api/statistics', sample: { label: 'haben ein Team mit fünf bis zehn Personen' } },
  'api::book-tip.book-tip': { path: '/api/book-tips' },
  'api::category.category': { path: '/api/categories' },
  'api::tag.tag': { path: '/api/tags' },
  'api::author.author': { path: '/api/authors' },
};

let app: TestInstance;
let token: string;
let schema: ReadFuzzSchema;

beforeAll(async () => {
  app = await startStrapi({ name: 'security-fuzz-reads' });
  token = await createApiToken(app.strapi, 'read-only');
  const { strapi } = app;
  const types: Record<string, { path: string; entry?: string }> = {};
  for (const [uid, { path, sample }] of Object.entries(TYPES)) {
    const entry = sample ? await findPublished(strapi, uid, sample) : await strapi.documents(uid as any).findFirst({} as any);
    types[uid] = { path, entry: entry?.documentId };
  }
  const models = { ...(strapi.contentTypes as any), ...(strapi.components as any) };
  schema = readFuzzSchemaOf(models, types);
});

afterAll(async () => {
  await app?.stop();
});

interface Outcome {
  c: ReadFuzzCase;
  status: number;
  json: boolean;
  name?: string;
  message?: string;
  named: string[];
  transport?: string;
}

async function run(cases: ReadFuzzCase[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const index = next;
      next += 1;
      const c = cases[index];
      try {
        let req = request(app.server).get(c.url).set('Accept', 'application/json');
        if (c.withToken) req = req.set('Authorization', `Bearer ${token}`);
        const res = await req;
        const error = res.body?.error;
        const named = Array.isArray(error?.details?.errors)
          ? error.details.errors.map((e: any) =>
              Array.isArray(e.path) ? e.path.map((p: string, i: number) => (i === 0 ? p : `[${p}]`)).join('') : '',
            )
          : [];
        outcomes[index] = {
          c,
          status: res.status,
          json: /json/.test(res.headers['content-type'] ?? ''),
          name: error?.name,
          message: error?.message,
          named,
        };
      } catch (error) {
        outcomes[index] = { c, status: 0, json: false, named: [], transport: (error as Error).message };
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

describe(`read fuzzing (seed ${SEED})`, () => {
  it(`${COUNT} hostile reads: never 5xx, hostile numbers and operators 400 naming the parameter, valid ones 200`, async () => {
    const cases = generateReadFuzzCases(SEED, COUNT, schema);
    // eslint-disable-next-line no-console
    console.log(`[fuzz-reads] seed ${SEED}: ${cases.length} requests (repeat with FUZZ_SEED=${SEED})`);
    const started = Date.now();
    const outcomes = await run(cases);
    const seconds = (Date.now() - started) / 1000;
    const byStatus = outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.status]: (acc[o.status] ?? 0) + 1 }), {});
    const byKind = outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.c.kind]: (acc[o.c.kind] ?? 0) + 1 }), {});
    // eslint-disable-next-line no-console
    console.log(
      `[fuzz-reads] ${outcomes.length} answers in ${seconds.toFixed(1)} s: ${JSON.stringify(byStatus)} by kind ${JSON.stringify(byKind)}`,
    );

    const wrong = outcomes.filter((o) => {
      if (o.status === 0 || o.status >= 500 || !o.json) return true;
      if (o.c.expect === 'answered') return o.status !== 200;
      if (o.c.expect === 'survived') return false;
      return o.status !== 400 || o.name !== 'ValidationError' || !o.named.includes(o.c.parameter) || !o.message?.includes(o.c.parameter);
    });
    const report = wrong.slice(0, 25).map((o) => ({
      n: o.c.n,
      url: o.c.url.slice(0, 200),
      note: o.c.note,
      expect: o.c.expect,
      parameter: o.c.parameter,
      status: o.status,
      named: o.named,
      message: o.message?.slice(0, 160),
      transport: o.transport,
    }));
    const failed = outcomes.filter((o) => o.status >= 500 || o.status === 0);
    if (failed.length > 0) {
      // Every 5xx, not just the first 25 wrong answers: one run shows every shape that breaks.
      // eslint-disable-next-line no-console
      console.log(`[fuzz-reads] ${failed.length} × 5xx:\n${failed.map((o) => `${o.status} ${o.c.url.slice(0, 240)}`).join('\n')}`);
    }
    expect({ seed: SEED, wrong: wrong.length, first: report }).toEqual({ seed: SEED, wrong: 0, first: [] });
    // Every kind of case was sent, and both verdicts occurred.
    expect(Object.keys(byKind).sort()).toEqual(['control', 'filter', 'operator', 'pagination', 'populate', 'relation']);
    expect(byStatus['200']).toBeGreaterThan(50);
    expect(byStatus['400']).toBeGreaterThan(COUNT / 2);
  }, 300_000);

  it('the reported case: an anonymous pagination[start] of 10^20 is a 400 naming pagination[start]', async () => {
    const res = await request(app.server).get('/api/articles?pagination[start]=99999999999999999999');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      name: 'ValidationError',
      message: 'pagination[start] muss eine ganze Zahl von 0 bis 1.000.000.000 sein.',
    });
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['pagination', 'start'] })]);
  });
});
