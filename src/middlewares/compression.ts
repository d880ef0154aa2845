/**
 * Brotli or gzip for text answers (HTML, CSS, JSON, XML, RSS) through `koa-compress`, the
 * Koa ecosystem's middleware. Brotli runs at quality 4: pages are compressed on every full
 * answer, and the top qualities cost many times the CPU for a few percent fewer bytes.
 */
import zlib from 'zlib';
import compress from 'koa-compress';

const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|ld\+json|javascript)|image\/svg\+xml)/i;

export default () =>
  compress({
    threshold: 1024,
    filter: (type: string) => COMPRESSIBLE.test(type),
    br: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
    gzip: { level: 6 },
    deflate: false,
  });
