import {
  acceptRequestId,
  describeError,
  errorNameFor,
  internalErrorBody,
  requestIdFor,
  serverErrorStatus,
} from '../../../src/domain/request-id';

describe('request ids', () => {
  it('keeps a sane incoming id', () => {
    for (const id of [
      '3f2b8c1e-6a4d-4e0b-9a7c-2b1d5e8f0a11',
      '0123456789abcdef0123456789abcdef',
      'req_2024.11.30:abc-1',
      'A'.repeat(128),
    ]) {
      expect(acceptRequestId(id)).toBe(id);
      expect(requestIdFor(id)).toBe(id);
    }
  });

  it('replaces anything that could forge or break a log line', () => {
    for (const bad of [
      undefined,
      null,
      '',
      'short',
      'a b c d e f g h',
      'abc\ndef-ghi-jkl',
      'x'.repeat(129),
      '"quoted-id"',
      '-leading-dash',
      'ümlaut-id-12',
      ['a', 'b'],
      12345678,
    ]) {
      expect(acceptRequestId(bad)).toBeNull();
      expect(requestIdFor(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('generates a fresh id each time', () => {
    expect(requestIdFor(undefined)).not.toBe(requestIdFor(undefined));
  });
});

describe('the status of a thrown error', () => {
  it("Strapi's application errors are client errors, except NotImplementedError", () => {
    expect(serverErrorStatus(Object.assign(new Error('x'), { name: 'ValidationError' }), true)).toBeNull();
    expect(serverErrorStatus(Object.assign(new Error('x'), { name: 'RateLimitError' }), true)).toBeNull();
    expect(serverErrorStatus(Object.assign(new Error('x'), { name: 'NotImplementedError' }), true)).toBe(501);
  });

  it('errors carrying a 4xx status stay client errors; a 5xx status is kept', () => {
    expect(serverErrorStatus(Object.assign(new Error('too large'), { status: 413 }), false)).toBeNull();
    expect(serverErrorStatus(Object.assign(new Error('bad json'), { statusCode: 400 }), false)).toBeNull();
    expect(serverErrorStatus(Object.assign(new Error('gateway'), { status: 502 }), false)).toBe(502);
  });

  it('anything else is a 500', () => {
    for (const thrown of [
      new Error('boom'),
      new TypeError('x is undefined'),
      Object.assign(new Error('x'), { status: 200 }),
      Object.assign(new Error('x'), { status: '500' }),
      'a string',
      null,
      undefined,
      42,
    ]) {
      expect(serverErrorStatus(thrown, false)).toBe(500);
    }
  });
});

describe('the answer and the log line', () => {
  it("answers with Strapi's names and messages, nothing of the cause", () => {
    expect(internalErrorBody(500)).toEqual({
      data: null,
      error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' },
    });
    expect(errorNameFor(503)).toBe('ServiceUnavailableError');
    expect(errorNameFor(502)).toBe('BadGatewayError');
    expect(errorNameFor(505)).toBe('HTTPVersionNotSupportedError');
  });

  it('logs the stack and the causes', () => {
    const root = new Error('connection refused');
    const error = Object.assign(new Error('query failed'), { cause: root });
    const text = describeError(error);
    expect(text).toMatch(/^Error: query failed\n\s+at /);
    expect(text).toMatch(/Caused by: Error: connection refused\n\s+at /);
    expect(describeError('just a string')).toBe('non-error thrown: just a string');
    expect(describeError({ code: 'X' })).toBe('non-error thrown: {"code":"X"}');
  });
});
