import { firstOfEach, IDS_PER_QUERY, readInChunks } from '../../../src/plugins/editorial/server/src/database/chunked-reads';

describe('database/chunked-reads', () => {
  it('reads distinct ids a slice at a time, in order', async () => {
    const ids = Array.from({ length: 1203 }, (_, i) => i % 1201);
    const chunks: number[][] = [];
    await readInChunks(ids, async (chunk) => {
      chunks.push(chunk);
    });
    expect(chunks.map((c) => c.length)).toEqual([IDS_PER_QUERY, IDS_PER_QUERY, 201]);
    expect(chunks.flat()).toEqual(Array.from({ length: 1201 }, (_, i) => i));
  });

  it('reads nothing for no ids', async () => {
    const read = jest.fn();
    await readInChunks([], read);
    expect(read).not.toHaveBeenCalled();
  });

  it('keeps the first row of each key', () => {
    const rows = [
      { id: 1, c: 'a' },
      { id: 1, c: 'b' },
      { id: 2, c: 'c' },
    ];
    expect(firstOfEach(rows, (r) => r.id)).toEqual([rows[0], rows[2]]);
  });
});
