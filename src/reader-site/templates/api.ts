/**
 * The reader's one way to the content: the blog's own REST API, as any customer frontend
 * reads it (anonymous, so sanitized for the Public role and enriched by the `editorial`
 * plugin). In the CMS process it is called over loopback; run on its own, the reader points
 * it at `API_URL`. A network failure, a timeout or a 5xx is "unreachable".
 *
 * Answers the API marks public and tags with an ETag are kept (bounded in bytes) and
 * revalidated with `If-None-Match`: an unchanged answer then costs the API a 304 (which
 * the editorial plugin confirms from the tag alone) and the reader no parsing.
 */
import { LRUCache } from 'lru-cache';
import { admissionClientHeaders } from '../../http/admission/reader-client';

export class ApiUnreachableError extends Error {}
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ApiAnswer<T> {
  body: T;
  /** `max-age` of the answer's Cache-Control, when it has one: the page may live no longer. */
  maxAge: number | null;
  /** The answer's ETag, when the API gave one: the page cache keys on it. */
  etag: string | null;
}

export interface ReaderApi {
  get<T>(path: string): Promise<ApiAnswer<T>>;
}

const TIMEOUT_MS = 8000;

function maxAgeOf(cacheControl: string | null): number | null {
  const match = /(?:^|,)\s*max-age=(\d+)/i.exec(cacheControl ?? '');
  return match ? Number(match[1]) : null;
}

interface KeptAnswer {
  etag: string;
  /** Parsed once; pages only read it. */
  body: unknown;
  bytes: number;
}

/** Answers kept for revalidation, one store per reader (its size bounds memory, not entry count). */
export type AnswerStore = LRUCache<string, KeptAnswer>;

export function answerStore(maxBytes = 32 * 2 ** 20): AnswerStore {
  return new LRUCache<string, KeptAnswer>({ maxSize: maxBytes, sizeCalculation: (answer) => Math.max(1, answer.bytes) });
}

const isPublic = (cacheControl: string | null) =>
  /(?:^|,)\s*public\b/i.test(cacheControl ?? '') && !/no-store|private/i.test(cacheControl ?? '');

/** `baseUrl` without a trailing slash, e.g. `http://127.0.0.1:1337`. */
export function httpReaderApi(baseUrl: string, store?: AnswerStore): ReaderApi {
  return {
    async get<T>(path: string): Promise<ApiAnswer<T>> {
      const url = `${baseUrl}${path}`;
      const kept = store?.get(url);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
      let response: Response;
      let text: string | null = null;
      try {
        response = await fetch(url, {
          headers: {
            Accept: 'application/json',
            ...(kept ? { 'If-None-Match': kept.etag } : {}),
            // Read for a reader's page from this very server: admission counts it to that reader.
            ...admissionClientHeaders(baseUrl),
          },
          signal: controller.signal,
        });
        if (response.status !== 304) text = await response.text();
      } catch {
        throw new ApiUnreachableError(path);
      } finally {
        clearTimeout(timer);
      }
      const cacheControl = response.headers.get('cache-control');
      if (response.status === 304 && kept) {
        return { body: kept.body as T, maxAge: maxAgeOf(cacheControl), etag: response.headers.get('etag') ?? kept.etag };
      }
      if (response.status >= 500) throw new ApiUnreachableError(`${path}: ${response.status}`);
      let body: any = null;
      try {
        body = JSON.parse(text ?? '');
      } catch {
        throw new ApiUnreachableError(`${path}: not JSON`);
      }
      if (!response.ok) throw new ApiError(response.status, body?.error?.message ?? response.statusText);
      const etag = response.headers.get('etag');
      if (store && etag && isPublic(cacheControl)) store.set(url, { etag, body, bytes: text?.length ?? 0 });
      else store?.delete(url);
      return { body: body as T, maxAge: maxAgeOf(cacheControl), etag };
    },
  };
}
