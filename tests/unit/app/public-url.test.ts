import { checkPublicUrl } from '../../../src/domain/public-url';

describe('PUBLIC_URL', () => {
  it('production refuses to start without it, naming the variable', () => {
    expect(() => checkPublicUrl({ NODE_ENV: 'production' })).toThrow(/PUBLIC_URL is not set/);
    expect(() => checkPublicUrl({ NODE_ENV: 'production', PUBLIC_URL: '  ' })).toThrow(/PUBLIC_URL is not set/);
  });

  it('development and tests may leave it empty (the request origin is used)', () => {
    expect(checkPublicUrl({ NODE_ENV: 'development' })).toBe('');
    expect(checkPublicUrl({ NODE_ENV: 'test', PUBLIC_URL: '' })).toBe('');
  });

  it('accepts an http(s) address, without its trailing slash', () => {
    expect(checkPublicUrl({ NODE_ENV: 'production', PUBLIC_URL: 'https://blog.example.org/' })).toBe('https://blog.example.org');
    expect(checkPublicUrl({ NODE_ENV: 'production', PUBLIC_URL: 'http://127.0.0.1:1337' })).toBe('http://127.0.0.1:1337');
  });

  it.each([
    'blog.example.org',
    'ftp://blog.example.org',
    'javascript:alert(1)',
    'https://user:pw@blog.example.org',
    'https://blog.example.org/?a=1',
    'https://blog.example.org/#x',
  ])('refuses %p in any environment', (value) => {
    expect(() => checkPublicUrl({ NODE_ENV: 'production', PUBLIC_URL: value })).toThrow(/PUBLIC_URL/);
    expect(() => checkPublicUrl({ NODE_ENV: 'development', PUBLIC_URL: value })).toThrow(/PUBLIC_URL/);
  });
});
