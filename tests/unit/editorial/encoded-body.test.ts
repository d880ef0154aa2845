import { encodeBody, type SharedPart } from '../../../src/plugins/editorial/server/src/enrichment/encoded-body';

const rendered = { heading: 'Nutzung „Social Media“', figures: [{ display: '13,7\u202f%' }], note: 'a "quote" and \\ and \u0000' };
const editorial = { outdatedAt: null, banner: { message: 'Älter als 2 Jahre' } };

function body() {
  const block = { id: 7, __component: 'blocks.study-stat', rendered: rendered as unknown };
  const entry = { documentId: 'abc', title: 'ä ö ü € \u0000x', blocks: [block], editorial: editorial as unknown };
  const parts: SharedPart[] = [
    { holder: entry, key: 'editorial' },
    { holder: block, key: 'rendered' },
  ];
  return { data: [entry, { documentId: 'def', title: 'plain' }], meta: { pagination: { page: 1 } }, parts };
}

describe('encodeBody', () => {
  it('gives the bytes of JSON.stringify, shared parts spliced in', () => {
    const { parts, ...answer } = body();
    expect(encodeBody(answer, parts).toString('utf8')).toBe(JSON.stringify(answer));
  });

  it('leaves the body as it was', () => {
    const { parts, ...answer } = body();
    encodeBody(answer, parts);
    expect(answer.data[0]).toMatchObject({ editorial, blocks: [{ rendered }] });
  });

  it('without shared parts is plain JSON', () => {
    const answer = { data: [{ title: '„x“' }] };
    expect(encodeBody(answer, []).toString('utf8')).toBe(JSON.stringify(answer));
  });

  it('keeps a part that is not an object, and text that looks like a placeholder, as they are', () => {
    const entry: Record<string, unknown> = { editorial: null, title: '"\\u0000abc:0"' };
    const answer = { data: entry };
    expect(encodeBody(answer, [{ holder: entry, key: 'editorial' }]).toString('utf8')).toBe(JSON.stringify(answer));
  });

  it('follows a part that changed (a new version makes new objects)', () => {
    const { parts, ...answer } = body();
    encodeBody(answer, parts);
    const block = answer.data[0].blocks![0];
    block.rendered = { heading: 'neu' };
    expect(encodeBody(answer, parts).toString('utf8')).toBe(JSON.stringify(answer));
  });
});
