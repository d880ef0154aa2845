/**
 * Brotli or gzip for text answers (HTML, CSS, JSON, XML, RSS) through `koa-compress`, the
 * Koa ecosystem's middleware. It only ever sees answers computed for one request (API
 * tokens, previews, the admin's API): the response cache compresses what it keeps itself,
 * once, at high quality, and those pass through untouched. So it runs at the fastest
 * settings, brotli quality 1 and gzip level 1: on the 230 KB article list they take 0.7 and
 * 0.9 ms where quality 4 and level 6 took 1.7 and 3.0 ms, for 10 % and 30 % more bytes
 * (docs/performance.md).
 */
import zlib from 'zlib';
import compress from 'koa-compress';
import { COMPRESS_THRESHOLD_BYTES, COMPRESSIBLE_TYPE } from '../domain/response-cache';

export default () =>
  compress({
    threshold: COMPRESS_THRESHOLD_BYTES,
    filter: (type: string) => COMPRESSIBLE_TYPE.test(type),
    br: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } },
    gzip: { level: 1 },
    deflate: false,
  });
