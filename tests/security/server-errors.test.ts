/**
 * A 500 leaves a trace (`global::server-errors`):
 * - every answer carries `X-Request-Id`: a sane incoming one is kept, anything else replaced;
 * - a 5xx answer is logged at error level with that id, the method and path (not the query
 *   string) and the error's stack, once, and the client sees no detail of the cause;
 * - a 5xx set without a thrown error is logged too; client errors are not logged as errors.
 * The log is read as the configured Console transport prints it (tests/harness/log-capture.ts).
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { captureLog, type LogCapture } from '../harness/log-capture';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CAUSE = 'Testfehler: Verbindung zur Tag-Tabelle verloren (GEHEIM-DETAIL-91c2)';

let app: TestInstance;
let log: LogCapture;
const api = () => request(app.server);
const tags = () => app.strapi.service('api::tag.tag') as any;

beforeAll(async () => {
  app = await startStrapi({ name: 'security-server-errors', seed: false });
});
beforeEach(() => {
  log = captureLog(app.strapi);
});
afterEach(() => {
  log.restore();
  jest.restoreAllMocks();
});
afterAll(async () => {
  await app?.stop();
});

function failingService() {
  jest.spyOn(tags(), 'find').mockImplementation(async () => {
    throw new TypeError(CAUSE);
  });
}

describe('X-Request-Id', () => {
  it('every answer carries a fresh id, different per request', async () => {
    const ids = new Set<string>();
    for (const path of ['/api/tags', '/api/tags', '/api/gibt-es-nicht', '/']) {
      const res = await api().get(path);
      expect(res.headers['x-request-id']).toMatch(UUID);
      ids.add(res.headers['x-request-id']);
    }
    expect(ids.size).toBe(4);
  });

  it('a sane incoming id is kept', async () => {
    const id = 'proxy-7d1f0c2e9b4a4c55';
    const res = await api().get('/api/tags').set('X-Request-Id', id);
    expect(res.headers['x-request-id']).toBe(id);
  });

  it.each(['kurz', 'mit leerzeichen und so', 'a'.repeat(200), 'id";drop', 'x-\u00e4\u00f6\u00fc-12345'])(
    'an unusable incoming id %p is replaced',
    async (id) => {
      const res = await api().get('/api/tags').set('X-Request-Id', id);
      expect(res.headers['x-request-id']).toMatch(UUID);
    },
  );
});

describe('5xx answers are logged with the request id and the stack', () => {
  it('a thrown error: 500 with the id, one error line with id, method, path, message and stack', async () => {
    failingService();
    const res = await api().get('/api/tags?filters[name][$eq]=abc123secret');
    expect(res.status).toBe(500);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(UUID);
    // The client learns nothing about the cause.
    expect(res.body).toEqual({ data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' } });
    expect(res.text).not.toContain('GEHEIM');

    const lines = log.errors();
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toContain(`[request ${id}] GET /api/tags → 500: TypeError: ${CAUSE}`);
    expect(line).toMatch(/\n\s+at .*server-errors\.test\.ts/);
    // Only the path: the query string can carry tokens.
    expect(line).not.toContain('abc123secret');
  });

  it('the incoming id is the one in the log and in the answer', async () => {
    failingService();
    const id = 'lb-0123456789abcdef';
    const res = await api().get('/api/tags').set('X-Request-Id', id);
    expect(res.status).toBe(500);
    expect(res.headers['x-request-id']).toBe(id);
    expect(log.errors().join('\n')).toContain(`[request ${id}] GET /api/tags → 500: TypeError`);
  });

  it('an error carrying a 5xx status keeps it and is logged', async () => {
    jest.spyOn(tags(), 'find').mockRejectedValue(Object.assign(new Error('upstream failed'), { status: 502 }));
    const res = await api().get('/api/tags');
    expect(res.status).toBe(502);
    expect(res.body.error).toEqual({ status: 502, name: 'BadGatewayError', message: 'Bad Gateway' });
    expect(log.errors().join('\n')).toContain(`[request ${res.headers['x-request-id']}] GET /api/tags → 502: Error: upstream failed`);
  });

  it('a 5xx answered without a thrown error is logged too', async () => {
    jest.spyOn(tags(), 'find').mockImplementation(async () => {
      (app.strapi.requestContext.get() as any).internalServerError('Suchdienst antwortet nicht');
      return { results: [], pagination: { page: 1, pageSize: 25, pageCount: 0, total: 0 } };
    });
    const res = await api().get('/api/tags');
    expect(res.status).toBe(500);
    const id = res.headers['x-request-id'];
    expect(log.errors().join('\n')).toContain(`[request ${id}] GET /api/tags → 500`);
  });

  it('client errors are not logged as errors, and answers stay as before', async () => {
    const notFound = await api().get('/api/tags/gibt-es-nicht');
    expect(notFound.status).toBe(404);
    const invalid = await api().get('/api/tags?filters[gibtsnicht][$eq]=1');
    expect(invalid.status).toBe(400);
    const forbidden = await api()
      .post('/api/tags')
      .send({ data: { name: 'x' } });
    expect(forbidden.status).toBe(403);
    const ok = await api().get('/api/tags');
    expect(ok.status).toBe(200);
    for (const res of [notFound, invalid, forbidden, ok]) expect(res.headers['x-request-id']).toMatch(UUID);
    expect(log.errors()).toEqual([]);
  });
});
