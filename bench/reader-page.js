/**
 * The server-rendered 2014 demo article against the API answer it is made from, on a fresh
 * SQLite database with the demo content, at 50 connections:
 *   page        GET /artikel/<slug>, a reader's first visit (no If-None-Match)
 *   pageRevalidate  the same with the page's ETag (304)
 *   api         GET /api/articles?<the page's own query> (src/reader-site/templates/query.ts articleQuery)
 * and the page's size as sent: raw, gzip and brotli (what global::compression gives).
 * Target: an unchanged page costs no more than its API answer (page req/s ≥ api req/s).
 */
const { removeSqliteDatabase } = require('./sqlite-files');
const http = require('http');
const path = require('path');

const SLUG = 'studie-social-media-manager-kleine-teams-viele-ziele';
const CONNECTIONS = 50;

/** The body's size on the wire for one Accept-Encoding (fetch would decompress it). */
function wireSize(url, encoding) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'Accept-Encoding': encoding, Accept: 'text/html' } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk) => (bytes += chunk.length));
        res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] ?? 'identity' }));
      })
      .on('error', reject);
  });
}

async function benchReaderPage({ appDir, workDir, startServer, cannon, log, duration, warmup }) {
  const { articleQuery } = require(path.join(appDir, 'dist', 'src', 'reader-site', 'templates', 'query.js'));
  const file = path.join(workDir, 'reader-demo.db');
  removeSqliteDatabase(file);
  const server = await startServer('strapi', file, { SEED_DEMO: 'true', EDITORIAL_ENABLED: 'true', PERF_TUNING: 'on' });
  try {
    const pagePath = `/artikel/${SLUG}`;
    const apiPath = `/api/articles?${articleQuery(SLUG, 'de')}`;
    // The demo seed runs during startup; wait until the article is there.
    for (let i = 0; ; i += 1) {
      const res = await fetch(`${server.url}${pagePath}`);
      await res.text();
      if (res.status === 200) break;
      if (i > 120) throw new Error(`${pagePath}: ${res.status} after 60 s`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const first = await fetch(`${server.url}${pagePath}`);
    const html = await first.text();
    const etag = first.headers.get('etag');
    const sizes = {
      raw: Buffer.byteLength(html),
      gzip: (await wireSize(`${server.url}${pagePath}`, 'gzip')).bytes,
      brotli: (await wireSize(`${server.url}${pagePath}`, 'br')).bytes,
    };
    const rows = {};
    for (const [name, target, headers] of [
      ['page', pagePath, {}],
      ['pageRevalidate', pagePath, { 'If-None-Match': etag }],
      ['api', apiPath, {}],
    ]) {
      await cannon(`${server.url}${target}`, headers, warmup, CONNECTIONS);
      const r = await cannon(`${server.url}${target}`, headers, duration, CONNECTIONS);
      rows[name] = {
        reqPerSec: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: r.errors + r.timeouts,
        non2xx: (r['4xx'] ?? 0) + (r['5xx'] ?? 0),
        notModified: r['3xx'] ?? 0,
        requests: r.requests.total,
      };
      log(
        `  reader ${name.padEnd(15)} ${r.requests.average.toFixed(1).padStart(8)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  errors ${rows[name].errors}`,
      );
    }
    const pageVsApi = Number((rows.page.reqPerSec / rows.api.reqPerSec).toFixed(2));
    return { slug: SLUG, connections: CONNECTIONS, sizes, variants: { ours: rows }, pageVsApi, targetMet: pageVsApi >= 1 };
  } finally {
    await server.stop();
    removeSqliteDatabase(file);
  }
}

function readerTable(result) {
  const row = (name) => {
    const m = result.variants.ours[name];
    return `${name.padEnd(16)}${m.reqPerSec.toFixed(0).padStart(8)} req/s   p50 ${String(m.p50).padStart(4)} ms   p99 ${String(m.p99).padStart(5)} ms`;
  };
  return [
    `\nserver-rendered 2014 article (${result.connections} connections; latency = time to the whole answer, one write, so ≈ time to first byte)`,
    row('page'),
    row('pageRevalidate'),
    row('api'),
    `page size: ${result.sizes.raw} B raw, ${result.sizes.gzip} B gzip, ${result.sizes.brotli} B brotli`,
    `page/api throughput: ${result.pageVsApi} (target ≥ 1: ${result.targetMet ? 'met' : 'NOT met'})`,
  ].join('\n');
}

module.exports = { benchReaderPage, readerTable };
