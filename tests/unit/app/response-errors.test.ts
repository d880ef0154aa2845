import http from 'node:http';
import { Readable } from 'node:stream';
import Koa from 'koa';
import { isClientGone } from '../../../src/domain/request-id';
import { installResponseErrorLog, logResponseError } from '../../../src/runtime/response-errors';

const logger = () => ({ debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() });
const withCode = (code: string | undefined, message = 'boom') => Object.assign(new Error(message), code ? { code } : {});

describe('errors after an answer has started', () => {
  it('tells a client that went away from a server failure', () => {
    for (const code of ['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_DESTROYED'])
      expect(isClientGone(withCode(code))).toBe(true);
    for (const error of [withCode(undefined), withCode('ENOENT'), withCode('SQLITE_BUSY'), null, undefined, 'ECONNRESET', { code: 42 }])
      expect(isClientGone(error)).toBe(false);
  });

  it('logs a failure with the request id, method and path, a gone client as debug, and skips what Koa skips', () => {
    const log = logger();
    const ctx = { method: 'GET', path: '/api/articles', state: { requestId: 'req-1' } };
    logResponseError(log as any, withCode('ECONNRESET', 'socket hang up'), ctx);
    expect(log.debug).toHaveBeenCalledWith(expect.stringContaining('[request req-1] GET /api/articles: the client closed the connection'));
    expect(log.error).not.toHaveBeenCalled();

    logResponseError(log as any, withCode('EIO', 'disk gone'), ctx);
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(log.error.mock.calls[0][0]).toMatch(/^\[request req-1\] GET \/api\/articles: error while answering: Error: disk gone\n\s+at /);

    logResponseError(log as any, Object.assign(new Error('missing'), { status: 404 }), ctx);
    logResponseError(log as any, Object.assign(new Error('bad input'), { status: 400, expose: true }), ctx);
    logResponseError(log as any, withCode('EIO'), undefined);
    expect(log.error).toHaveBeenCalledTimes(2);
    expect(log.error.mock.calls[1][0]).toMatch(/^\[request -\] \? \?: error while answering/);
  });

  it('replaces Koa’s console output for a body stream that fails', async () => {
    const log = logger();
    const app = new Koa();
    installResponseErrorLog({ server: { app }, log } as any);
    app.use(async (ctx) => {
      ctx.state.requestId = 'req-2';
      ctx.body = new Readable({
        read() {
          this.destroy(withCode('EIO', 'read failed'));
        },
      });
    });
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
    const server = http.createServer(app.callback()).listen(0, '127.0.0.1');
    try {
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as { port: number };
      const res = await fetch(`http://127.0.0.1:${port}/stream`, { signal: AbortSignal.timeout(5000) });
      expect(res.status).toBe(500);
      expect(log.error).toHaveBeenCalledWith(
        expect.stringContaining('[request req-2] GET /stream: error while answering: Error: read failed'),
      );
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
      server.closeAllConnections();
      server.close();
    }
  });
});
