import { ByteLru } from '../../../src/domain/byte-lru';

const bytes = (n: number) => new Uint8Array(n);

describe('ByteLru', () => {
  it('evicts the least recently used entries once the byte budget is exceeded', () => {
    const lru = new ByteLru<Uint8Array>(100);
    lru.set('a', bytes(40));
    lru.set('b', bytes(40));
    expect(lru.get('a')).toHaveLength(40); // a is now the most recent
    lru.set('c', bytes(40));
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
    expect(lru.get('c')).toBeDefined();
    expect(lru.totalBytes).toBe(80);
    expect(lru.size).toBe(2);
  });

  it('replacing a key counts its bytes once, and a value over the budget is not kept', () => {
    const lru = new ByteLru<Uint8Array>(100);
    lru.set('a', bytes(60));
    lru.set('a', bytes(30));
    expect(lru.totalBytes).toBe(30);
    lru.set('huge', bytes(101));
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.get('a')).toHaveLength(30);
    lru.delete('a');
    expect(lru.totalBytes).toBe(0);
  });
});
