import { winston, formats } from '@strapi/logger';
import { tuningEnabled } from '../src/runtime/tuning-switch';

/**
 * LOG_LEVEL (default `info`; `http` when PERF_TUNING leaves out `quiet-log`, as in a stock
 * project, so the request log prints) keeps test runs quiet and lets operators turn up detail.
 * The transport's `level` prints that level and everything more severe. (No
 * `formats.levelFilter` here: it keeps *only* the named level, which had silently dropped
 * every error and warning, 500s included.)
 */
const level = process.env.LOG_LEVEL || (tuningEnabled('quiet-log') ? 'info' : 'http');

export default {
  transports: [
    new winston.transports.Console({
      level,
      format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
    }),
  ],
};
