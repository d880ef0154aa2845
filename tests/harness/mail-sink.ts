/**
 * A local SMTP sink for tests (the `smtp-server` package): accepts every message on a free
 * port of 127.0.0.1 and keeps it, plus a small MIME reader for what nodemailer sends
 * (headers with RFC 2047 words, multipart/alternative, quoted-printable or base64 parts).
 */
import type { AddressInfo } from 'net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  from: string;
  raw: string;
}

export interface MailSink {
  port: number;
  mails: ReceivedMail[];
  close(): Promise<void>;
}

export async function startMailSink(): Promise<MailSink> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    // Plain SMTP on loopback: no STARTTLS (its self-signed certificate would be refused) and no login.
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address() as AddressInfo).port;
  return { port, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface MimePart {
  headers: Record<string, string>;
  contentType: string;
  body: string;
}

export interface ParsedMail {
  headers: Record<string, string>;
  subject: string;
  parts: MimePart[];
}

function splitHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

const bytesFromHex = (text: string): number[] => {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i], 'utf8'));
  }
  return bytes;
};

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`); whitespace between two of them is dropped. */
export function decodeHeader(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_all, _charset, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(bytesFromHex(text.replace(/_/g, ' '))).toString('utf8'),
    );
}

function decodeBody(body: string, encoding: string | undefined): string {
  const kind = (encoding ?? '7bit').toLowerCase();
  if (kind === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (kind === 'quoted-printable') return Buffer.from(bytesFromHex(body.replace(/=\r\n/g, ''))).toString('utf8');
  return body;
}

function readPart(raw: string): MimePart[] {
  const end = raw.indexOf('\r\n\r\n');
  const headers = splitHeaders(end === -1 ? raw : raw.slice(0, end));
  const body = end === -1 ? '' : raw.slice(end + 4);
  const contentType = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (contentType.toLowerCase().startsWith('multipart/') && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((chunk) => !chunk.startsWith('--'))
      .flatMap((chunk) => readPart(chunk.replace(/^\r\n/, '').replace(/\r\n$/, '')));
  }
  // SMTP lines end in CRLF; the tests compare text with plain \n.
  const text = decodeBody(body, headers['content-transfer-encoding']).replace(/\r\n/g, '\n');
  return [{ headers, contentType: contentType.split(';')[0].trim().toLowerCase(), body: text }];
}

export function parseMail(raw: string): ParsedMail {
  const end = raw.indexOf('\r\n\r\n');
  const headers = splitHeaders(raw.slice(0, end));
  return { headers, subject: decodeHeader(headers.subject ?? ''), parts: readPart(raw) };
}
