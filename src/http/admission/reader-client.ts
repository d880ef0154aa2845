/**
 * The client a reader page's API reads count to. Pages read the API over loopback, so
 * every read would come from 127.0.0.1 and all readers would share one fair share in
 * admission (src/http/admission/rules.ts), a flooding one included. The page's request runs
 * with its client's key (`runForClient`), and its reads to this very server carry it in
 * `X-Admission-Client: <secret>.<key>`. Admission believes the header only with this
 * process's secret: random, made at startup, sent to this server's own address only (never
 * to an `API_URL` elsewhere) and never logged.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';

export const ADMISSION_CLIENT_HEADER = 'X-Admission-Client';

const SECRET = crypto.randomBytes(24).toString('base64url');
const SECRET_BYTES = Buffer.from(SECRET);

export interface ClientRequest {
  /** The client's admission key. */
  client: string;
  /** The address and port the request reached this server on: reads sent there come back to us. */
  host: string;
  port: number;
}

const current = new AsyncLocalStorage<ClientRequest>();

export function runForClient<T>(request: ClientRequest, work: () => T): T {
  return current.run(request, work);
}

/** The header for an API read made for the request under way, when it goes to this server itself. */
export function admissionClientHeaders(baseUrl: string): Record<string, string> {
  const request = current.getStore();
  if (!request) return {};
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return {};
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (url.protocol !== 'http:' || host !== request.host || Number(url.port || 80) !== request.port) return {};
  return { [ADMISSION_CLIENT_HEADER]: `${SECRET}.${request.client}` };
}

/** The client key a request vouched for with this process's secret, else null. */
export function vouchedClient(header: string | undefined): string | null {
  if (!header || header.length > 200) return null;
  const dot = header.indexOf('.');
  const given = Buffer.from(header.slice(0, Math.max(0, dot)));
  if (given.length !== SECRET_BYTES.length || !crypto.timingSafeEqual(given, SECRET_BYTES)) return null;
  return header.slice(dot + 1) || null;
}
