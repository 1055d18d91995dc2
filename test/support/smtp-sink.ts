import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on loopback that keeps every message it receives, so tests can send
 * mail the way production does (nodemailer over SMTP) and read what arrived.
 *
 * It parses only what tests assert on: the envelope, the From/To/Subject headers (RFC 2047
 * encoded words decoded) and a single-part text body (quoted-printable or base64 decoded).
 * That is the shape nodemailer gives a plain-text message; `mailparser` is not installed.
 */

export interface ReceivedMail {
  /** Recipients given to the server (RCPT TO), which is who actually gets the message. */
  envelopeTo: string[];
  /** Addresses in the To header. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  /** Header names in lower case; the last value wins. */
  headers: Record<string, string>;
  raw: string;
}

export interface SmtpSink {
  /** `smtp://127.0.0.1:<port>`, for `createMailer({ smtpUrl })`. */
  url: string;
  port: number;
  messages: ReceivedMail[];
  /** Resolves with the messages once at least `count` have arrived; rejects after the timeout. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Forgets the messages received so far. */
  clear(): void;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const envelopeTo = session.envelope.rcptTo.map((recipient) => recipient.address);
        messages.push(parseMail(Buffer.concat(chunks).toString('utf8'), envelopeTo));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    async waitFor(count, timeoutMs = 2000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) {
          throw new Error(
            `Expected ${count} emails within ${timeoutMs} ms, got ${messages.length}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return messages;
    },
    clear() {
      messages.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function parseMail(raw: string, envelopeTo: string[]): ReceivedMail {
  const normalized = raw.replace(/\r\n/g, '\n');
  const split = normalized.indexOf('\n\n');
  const head = split === -1 ? normalized : normalized.slice(0, split);
  const body = split === -1 ? '' : normalized.slice(split + 2);
  const headers = parseHeaders(head);
  const text = decodeBody(body, headers['content-transfer-encoding'] ?? '7bit');
  return {
    envelopeTo,
    to: addressesIn(headers.to ?? ''),
    from: headers.from ?? '',
    subject: headers.subject ?? '',
    text: text.replace(/\r\n/g, '\n'),
    headers,
    raw,
  };
}

/** Unfolds continuation lines and decodes encoded words. */
function parseHeaders(head: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers[line.slice(0, colon).trim().toLowerCase()] = decodeEncodedWords(
      line.slice(colon + 1).trim(),
    );
  }
  return headers;
}

/** RFC 2047: `=?UTF-8?Q?...?=` and `=?UTF-8?B?...?=`; whitespace between two words is dropped. */
function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(
      /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g,
      (_word, _charset, encoding: string, data: string) =>
        encoding.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64').toString('utf8')
          : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

function decodeBody(body: string, encoding: string): string {
  switch (encoding.toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body;
  }
}

/** Soft line breaks (`=` at a line's end) join lines; `=XX` is one byte of UTF-8. */
function decodeQuotedPrintable(encoded: string): string {
  const joined = encoded.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index++) {
    const hex = joined.slice(index + 1, index + 3);
    if (joined[index] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(joined[index] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function addressesIn(header: string): string[] {
  return header
    .split(',')
    .map((part) => (/<([^>]+)>/.exec(part)?.[1] ?? part).trim().toLowerCase())
    .filter(Boolean);
}

export interface LogEntry {
  details: Record<string, unknown>;
  message: string;
}

/** A logger for the mailers (`MailLog`) that keeps its entries, by level. */
export function recordingMailLog(): {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
  infos: LogEntry[];
  errors: LogEntry[];
} {
  const infos: LogEntry[] = [];
  const errors: LogEntry[] = [];
  return {
    infos,
    errors,
    info: (details, message) => infos.push({ details: { ...details }, message }),
    error: (details, message) => errors.push({ details: { ...details }, message }),
  };
}
