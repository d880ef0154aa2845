/** Fetches from the blog's own REST API; a network failure or timeout is "unreachable". */
export class ApiUnreachableError extends Error {}
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const TIMEOUT_MS = 8000;

/** Every API request the page made, for the browser test's request count. */
export const requestLog: string[] = [];

export async function getJson<T>(path: string): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  requestLog.push(path);
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal: controller.signal });
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
  return body as T;
}
