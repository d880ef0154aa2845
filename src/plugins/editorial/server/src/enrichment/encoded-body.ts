/**
 * The bytes of an enriched answer. What enrichment attaches (`editorial`, `rendered`) is
 * shared between reads at one content version (services/enrichment.ts), so each part is
 * stringified and encoded to UTF-8 once and spliced into the answer's bytes; only the rest
 * of the body is serialized per read. The parts are most of an answer with stat blocks, and
 * their typographic quotes and no-break spaces make V8 keep the JSON as a two-byte string,
 * which is slow to measure and encode (docs/performance.md). Pure: no Strapi.
 */
import { randomBytes } from 'node:crypto';

/** Where enrichment put a shared part: `holder[key]`. */
export interface SharedPart {
  holder: Record<string, unknown>;
  key: string;
}

const encodedParts = new WeakMap<object, Buffer>();

function encodeOnce(value: unknown): Buffer {
  if (value === null || typeof value !== 'object') return Buffer.from(JSON.stringify(value) ?? 'null');
  let bytes = encodedParts.get(value);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(value));
    encodedParts.set(value, bytes);
  }
  return bytes;
}

// A marker no content can contain: a NUL and a per-process random word.
const NONCE = randomBytes(8).toString('hex');
const placeholder = (index: number) => `\u0000${NONCE}:${index}`;
/** How JSON.stringify writes a placeholder's start. */
const MARKER = Buffer.from(`"\\u0000${NONCE}:`);
const QUOTE = 0x22;

/** JSON.stringify(body) as UTF-8, with each shared part's bytes reused. */
export function encodeBody(body: unknown, parts: readonly SharedPart[]): Buffer {
  if (parts.length === 0) return Buffer.from(JSON.stringify(body));
  const values = parts.map(({ holder, key }) => holder[key]);
  let json: string;
  try {
    parts.forEach(({ holder, key }, index) => {
      holder[key] = placeholder(index);
    });
    json = JSON.stringify(body);
  } finally {
    parts.forEach(({ holder, key }, index) => {
      holder[key] = values[index];
    });
  }
  const whole = Buffer.from(json);
  const pieces: Buffer[] = [];
  let from = 0;
  for (let at = whole.indexOf(MARKER, from); at !== -1; at = whole.indexOf(MARKER, from)) {
    const end = whole.indexOf(QUOTE, at + MARKER.length);
    const index = Number(whole.toString('latin1', at + MARKER.length, end));
    pieces.push(whole.subarray(from, at), encodeOnce(values[index]));
    from = end + 1;
  }
  pieces.push(whole.subarray(from));
  return Buffer.concat(pieces);
}
