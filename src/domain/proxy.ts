/**
 * How many proxies stand in front of the server (`PROXY_HOPS`, with IS_PROXIED). Koa then
 * reads the client IP that many entries from the end of `X-Forwarded-For`: the entries the
 * proxies appended. Reading the first entry instead (Koa's default) takes whatever the
 * client wrote there, and a client could give itself a new IP per request. Pure.
 */
export function parseProxyHops(raw: string | undefined | null): number {
  const value = String(raw ?? '').trim();
  if (value === '') return 1;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 10) {
    throw new Error(`PROXY_HOPS: ${JSON.stringify(raw)} is not a whole number from 1 to 10.`);
  }
  return Number(value);
}
