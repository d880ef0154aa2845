/**
 * Captures what Strapi's logger really prints: the lines its configured transports (the
 * Console transport of config/logger.ts, with its level and formats) would write. A spy on
 * `strapi.log.error` would pass even when the transport drops every error line; this
 * sees the line after the transport's formats, as an operator reads it.
 * While capturing, the lines are kept instead of printed, so intentional errors do not
 * clutter the test output.
 */
import type { Core } from '@strapi/strapi';

const MESSAGE = Symbol.for('message');

const ANSI = /\u001b\[[0-9;]*m/g;

export interface LogCapture {
  /** Printed lines (timestamp, level and message), without colour codes. */
  lines: string[];
  /** Lines whose level is `error`. */
  errors(): string[];
  /** Waits until a line matches (at most `ms`), for work that logs after answering. */
  waitFor(pattern: RegExp, ms?: number): Promise<string | undefined>;
  restore(): void;
}

export function captureLog(strapi: Core.Strapi): LogCapture {
  const lines: string[] = [];
  const transports = ((strapi.log as any).transports ?? []) as Array<{ log: (info: any, next: () => void) => void }>;
  if (transports.length === 0) throw new Error('captureLog: the logger has no transports');
  const originals = transports.map((transport) => transport.log);
  for (const transport of transports) {
    transport.log = (info: any, next: () => void) => {
      lines.push(String(info[MESSAGE] ?? info.message).replace(ANSI, ''));
      if (typeof next === 'function') next();
    };
  }
  return {
    lines,
    errors: () => lines.filter((line) => /^(\[[^\]]*\] )?error: /.test(line)),
    async waitFor(pattern, ms = 5000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const hit = lines.find((line) => pattern.test(line));
        if (hit || Date.now() > deadline) return hit;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    restore() {
      transports.forEach((transport, i) => {
        transport.log = originals[i];
      });
    },
  };
}
