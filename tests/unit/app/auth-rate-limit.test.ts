import { authRoute, countsAsAttempt, parseAuthRateLimit, retryAfterSeconds } from '../../../src/domain/auth-rate-limit';

describe('AUTH_RATE_LIMIT_*', () => {
  it('defaults to 10 attempts per 5 minutes', () => {
    expect(parseAuthRateLimit({})).toEqual({ max: 10, windowSeconds: 300 });
    expect(parseAuthRateLimit({ AUTH_RATE_LIMIT_MAX: '', AUTH_RATE_LIMIT_WINDOW_SECONDS: ' ' })).toEqual({ max: 10, windowSeconds: 300 });
  });

  it('takes whole numbers; 0 attempts turns the limit off', () => {
    expect(parseAuthRateLimit({ AUTH_RATE_LIMIT_MAX: '3', AUTH_RATE_LIMIT_WINDOW_SECONDS: '60' })).toEqual({ max: 3, windowSeconds: 60 });
    expect(parseAuthRateLimit({ AUTH_RATE_LIMIT_MAX: '0' })).toEqual({ max: 0, windowSeconds: 300 });
  });

  it.each([
    ['AUTH_RATE_LIMIT_MAX', '-1'],
    ['AUTH_RATE_LIMIT_MAX', '2.5'],
    ['AUTH_RATE_LIMIT_MAX', 'zehn'],
    ['AUTH_RATE_LIMIT_MAX', '1e3'],
    ['AUTH_RATE_LIMIT_MAX', '100001'],
    ['AUTH_RATE_LIMIT_WINDOW_SECONDS', '0'],
    ['AUTH_RATE_LIMIT_WINDOW_SECONDS', '86401'],
    ['AUTH_RATE_LIMIT_WINDOW_SECONDS', '5m'],
  ])('%s=%p stops startup naming the variable', (name, value) => {
    expect(() => parseAuthRateLimit({ [name]: value })).toThrow(new RegExp(`^${name}: `));
  });
});

describe('limited routes', () => {
  it('are the admin login and the users-permissions routes that sign in, send account mail or take a guess', () => {
    expect(authRoute('POST', '/admin/login')).toBe('admin-login');
    expect(authRoute('POST', '/api/auth/local')).toBe('login');
    expect(authRoute('post', '/api/auth/forgot-password')).toBe('forgot-password');
    expect(authRoute('POST', '/api/auth/send-email-confirmation')).toBe('send-email-confirmation');
    expect(authRoute('GET', '/api/auth/email-confirmation')).toBe('email-confirmation');
    expect(authRoute('POST', '/api/auth/reset-password')).toBe('reset-password');
    expect(authRoute('POST', '/api/auth/change-password')).toBe('change-password');
  });

  it('match the way the router does: any case, trailing slashes, dot segments, HEAD for GET', () => {
    expect(authRoute('POST', '/API/Auth/Local/')).toBe('login');
    expect(authRoute('POST', '/admin//login')).toBe('admin-login');
    expect(authRoute('POST', '/api/x/../auth/forgot-password')).toBe('forgot-password');
    expect(authRoute('POST', '/API/AUTH/Send-Email-Confirmation//')).toBe('send-email-confirmation');
    expect(authRoute('HEAD', '/api/auth/email-confirmation/')).toBe('email-confirmation');
  });

  it('leave everything else alone', () => {
    for (const [method, p] of [
      ['GET', '/admin/login'],
      ['POST', '/api/auth/local/register'],
      ['POST', '/api/auth/email-confirmation'],
      ['GET', '/api/auth/reset-password'],
      ['GET', '/api/connect/github'],
      ['POST', '/admin/login-x'],
      ['POST', '/api/articles'],
    ]) {
      expect(authRoute(method, p)).toBeNull();
    }
  });
});

describe('what counts', () => {
  it('failed sign-ins and wrong codes, tokens or current passwords count, successes do not', () => {
    for (const route of ['admin-login', 'login', 'email-confirmation', 'reset-password', 'change-password'] as const) {
      expect(countsAsAttempt(route, 200)).toBe(false);
      for (const status of [400, 401, 403, 429, 500, 503]) expect(countsAsAttempt(route, status)).toBe(true);
    }
  });

  it('a confirmed address is not a success: email-confirmation redirects (302) and that does not count', () => {
    expect(countsAsAttempt('email-confirmation', 302)).toBe(false);
  });

  it('every reset or confirmation mail request counts', () => {
    for (const route of ['forgot-password', 'send-email-confirmation'] as const)
      for (const status of [200, 400, 500]) expect(countsAsAttempt(route, status)).toBe(true);
  });

  it('Retry-After is the rest of the window in whole seconds, at least 1', () => {
    expect(retryAfterSeconds(10_000, 0)).toBe(10);
    expect(retryAfterSeconds(10_001, 0)).toBe(11);
    expect(retryAfterSeconds(5_000, 5_000)).toBe(1);
    expect(retryAfterSeconds(1_000, 9_000)).toBe(1);
  });
});
