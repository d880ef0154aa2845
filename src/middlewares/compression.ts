/**
 * Brotli or gzip for text answers (HTML, CSS, JSON, XML, RSS) through `koa-compress`, the
 * Koa ecosystem's middleware. Brotli runs at quality 4: pages are compressed on every full
 * answer, and the top qualities cost many times the CPU for a few percent fewer bytes.
 * Answers the response cache keeps are compressed there, once, and pass through untouched.
 */
import zlib from 'zlib';
import compress from 'koa-compress';
import { COMPRESS_THRESHOLD_BYTES, COMPRESSIBLE_TYPE } from '../domain/response-cache';

export default () =>
  compress({
    threshold: COMPRESS_THRESHOLD_BYTES,
    filter: (type: string) => COMPRESSIBLE_TYPE.test(type),
    br: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
    gzip: { level: 6 },
    deflate: false,
  });
