/**
 * The reader's one way to the content: the blog's own REST API, as any customer frontend
 * reads it (anonymous, so sanitized for the Public role and enriched by the `editorial`
 * plugin). In the CMS process it is called over loopback; run on its own, the reader points
 * it at `API_URL`. A network failure, a timeout or a 5xx is "unreachable".
 */
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
}

export interface ReaderApi {
  get<T>(path: string): Promise<ApiAnswer<T>>;
}

const TIMEOUT_MS = 8000;

function maxAgeOf(cacheControl: string | null): number | null {
  const match = /(?:^|,)\s*max-age=(\d+)/i.exec(cacheControl ?? '');
  return match ? Number(match[1]) : null;
}

/** `baseUrl` without a trailing slash, e.g. `http://127.0.0.1:1337`. */
export function httpReaderApi(baseUrl: string): ReaderApi {
  return {
    async get<T>(path: string): Promise<ApiAnswer<T>> {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
      let response: Response;
      try {
        response = await fetch(`${baseUrl}${path}`, { headers: { Accept: 'application/json' }, signal: controller.signal });
      } catch {
        throw new ApiUnreachableError(path);
      } finally {
        clearTimeout(timer);
      }
      if (response.status >= 500) throw new ApiUnreachableError(`${path}: ${response.status}`);
      let body: any = null;
      try {
        body = await response.json();
      } catch {
        throw new ApiUnreachableError(`${path}: not JSON`);
      }
      if (!response.ok) throw new ApiError(response.status, body?.error?.message ?? response.statusText);
      return { body: body as T, maxAge: maxAgeOf(response.headers.get('cache-control')) };
    },
  };
}
