/**
 * Outgoing mail (the editorial plugin's e-mail digest) through Strapi's email plugin with
 * the nodemailer provider, configured from `SMTP_*` variables. Pure: config/plugins.ts
 * calls it; a malformed value stops startup with a message naming the variable.
 */

export type SmtpEnv = Partial<
  Record<'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'SMTP_USER' | 'SMTP_PASSWORD' | 'SMTP_FROM' | 'SMTP_REPLY_TO', string>
>;

/** Strapi's `email` plugin entry of `config/plugins.ts`. */
export interface EmailPluginConfig {
  config: {
    provider: 'nodemailer';
    providerOptions: {
      host: string;
      port: number;
      secure: boolean;
      auth?: { user: string; pass: string };
      connectionTimeout: number;
      greetingTimeout: number;
      socketTimeout: number;
    };
    settings: { defaultFrom: string; defaultReplyTo?: string };
  };
}

export const SMTP_DEFAULT_PORT = 587;

/** Why there is no mail, for the startup line. */
export const SMTP_OFF_REASON = 'SMTP_HOST is not set';

export class SmtpConfigError extends Error {}

// "digest@example.org" or "Redaktion <digest@example.org>": what nodemailer takes as a sender.
const BARE_ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+$/;
const NAMED_ADDRESS = /^[^<>]*<([^\s@<>",;]+@[^\s@<>",;]+)>$/;

export function isMailAddress(value: string): boolean {
  const text = value.trim();
  return BARE_ADDRESS.test(text) || NAMED_ADDRESS.test(text);
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '') return fallback;
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new SmtpConfigError(`${name} must be true or false (got ${JSON.stringify(value)}).`);
}

/**
 * The email plugin's config, or null when `SMTP_HOST` is empty (no mail is sent then).
 * Port 465 means TLS from the start (`SMTP_SECURE` defaults to it); other ports upgrade
 * with STARTTLS when the server offers it.
 */
export function smtpEmailConfig(env: SmtpEnv): EmailPluginConfig | null {
  const host = (env.SMTP_HOST ?? '').trim();
  if (!host) return null;
  if (/[\s/]/.test(host)) throw new SmtpConfigError(`SMTP_HOST must be a host name or address (got ${JSON.stringify(env.SMTP_HOST)}).`);

  const portText = (env.SMTP_PORT ?? '').trim();
  const port = portText === '' ? SMTP_DEFAULT_PORT : Number(portText);
  if (!/^\d{1,5}$/.test(portText || String(SMTP_DEFAULT_PORT)) || port < 1 || port > 65535) {
    throw new SmtpConfigError(`SMTP_PORT must be a port number from 1 to 65535 (got ${JSON.stringify(env.SMTP_PORT)}).`);
  }
  const secure = flag('SMTP_SECURE', env.SMTP_SECURE, port === 465);

  const user = (env.SMTP_USER ?? '').trim();
  const pass = env.SMTP_PASSWORD ?? '';
  if (user && !pass)
    throw new SmtpConfigError('SMTP_PASSWORD is not set, but SMTP_USER is: set both, or neither for a relay without login.');
  if (!user && pass)
    throw new SmtpConfigError('SMTP_USER is not set, but SMTP_PASSWORD is: set both, or neither for a relay without login.');

  const from = (env.SMTP_FROM ?? '').trim() || (BARE_ADDRESS.test(user) ? user : '');
  if (!from) throw new SmtpConfigError('SMTP_FROM is not set: the sender address, e.g. "Redaktion <redaktion@example.org>".');
  if (!isMailAddress(from)) {
    throw new SmtpConfigError(
      `SMTP_FROM must be an e-mail address, e.g. "Redaktion <redaktion@example.org>" (got ${JSON.stringify(from)}).`,
    );
  }
  const replyTo = (env.SMTP_REPLY_TO ?? '').trim();
  if (replyTo && !isMailAddress(replyTo)) {
    throw new SmtpConfigError(`SMTP_REPLY_TO must be an e-mail address (got ${JSON.stringify(env.SMTP_REPLY_TO)}).`);
  }

  return {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host,
        port,
        secure,
        ...(user ? { auth: { user, pass } } : {}),
        // nodemailer waits up to 2 min for a connection and 10 min on a socket by default;
        // an unreachable relay should fail this digest run quickly (it is retried next run).
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 60_000,
      },
      settings: { defaultFrom: from, ...(replyTo ? { defaultReplyTo: replyTo } : {}) },
    },
  };
}
