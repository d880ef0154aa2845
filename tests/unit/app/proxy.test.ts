import { parseProxyHops } from '../../../src/domain/proxy';

describe('PROXY_HOPS', () => {
  it('is 1 by default: one proxy in front', () => {
    for (const raw of [undefined, null, '', ' ']) expect(parseProxyHops(raw)).toBe(1);
  });

  it('takes 1 to 10', () => {
    expect(parseProxyHops('2')).toBe(2);
    expect(parseProxyHops(' 10 ')).toBe(10);
  });

  it.each(['0', '-1', '11', 'zwei', '1.5', 'true'])('%p stops startup naming the variable', (raw) => {
    expect(() => parseProxyHops(raw)).toThrow(/^PROXY_HOPS: /);
  });
});
