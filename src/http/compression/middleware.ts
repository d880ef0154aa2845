/**
 * Brotli or gzip for text answers (HTML, CSS, JSON, XML, RSS) through `koa-compress`, the
 * Koa ecosystem's middleware. It only ever sees answers computed for one request (API
 * tokens, previews, the admin's API): the response cache compresses what it keeps itself,
 * once, at high quality, and those pass through untouched. So it runs at the fastest
 * settings, brotli quality 0 and gzip level 1. Quality 0 matters most: on the 230 KB article
 * list it costs 0.3–0.7 ms of CPU, where quality 1 costs 0.5–2.7 ms (its larger tables are
 * mapped and faulted in afresh for each answer), for 11 % more bytes, still fewer than gzip
 * level 1's at a third of its CPU (docs/performance.md).
 */
import zlib from 'zlib';
import compress from 'koa-compress';
import { COMPRESS_THRESHOLD_BYTES, COMPRESSIBLE_TYPE } from '../response-cache/rules';

export default () =>
  compress({
    threshold: COMPRESS_THRESHOLD_BYTES,
    filter: (type: string) => COMPRESSIBLE_TYPE.test(type),
    br: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 0 } },
    gzip: { level: 1 },
    deflate: false,
  });
