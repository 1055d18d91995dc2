import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on loopback that keeps every message it receives, so tests can send
 * mail the way production does (nodemailer over SMTP) and read what arrived. `mailparser`
 * reads the MIME structure (both parts of multipart/alternative, any encoding); the header
 * map keeps each header's text as it was sent (encoded words decoded), for simple asserts.
 */

export interface ReceivedMail {
  /** Recipients given to the server (RCPT TO), which is who actually gets the message. */
  envelopeTo: string[];
  /** Addresses in the To header. */
  to: string[];
  from: string;
  subject: string;
  /** The plain-text part, line ends as `\n`. */
  text: string;
  /** The HTML part; null when the message has none. */
  html: string | null;
  /** The Message-ID header, angle brackets included; null when absent. */
  messageId: string | null;
  /** Header names in lower case; the last value wins. */
  headers: Record<string, string>;
  /** Attached files (an event's `.ics`), decoded. */
  attachments: { filename: string; contentType: string; content: Buffer }[];
  raw: string;
}

/** How the sink answers RCPT TO for an address: accepted (undefined), or refused with a code. */
export type SmtpRefusal = (address: string) => { code: number; message: string } | undefined;

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

export async function startSmtpSink(
  options: {
    refuse?: SmtpRefusal;
    /** Waits this long before accepting each message, like a distant server (kill tests). */
    delayMs?: number;
  } = {},
): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Newsletters arrive over pooled connections, several at once.
    maxClients: 50,
    // Pooled client connections stay open between messages; closing the sink ends them soon
    // instead of after smtp-server's 30-second grace.
    closeTimeout: 100,
    onRcptTo(address, _session, callback) {
      const refusal = options.refuse?.(address.address.toLowerCase());
      if (!refusal) return callback();
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const envelopeTo = session.envelope.rcptTo.map((recipient) => recipient.address);
        const delay = new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 0));
        Promise.all([parseMail(Buffer.concat(chunks), envelopeTo), delay]).then(([mail]) => {
          messages.push(mail);
          callback();
        }, callback);
      });
    },
  });
  // A client that vanishes mid-session (a sender killed by a test) resets its socket; the
  // server reports that as an error, which is no fault of the test.
  server.on('error', () => {});
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

async function parseMail(bytes: Buffer, envelopeTo: string[]): Promise<ReceivedMail> {
  const raw = bytes.toString('utf8');
  const normalized = raw.replace(/\r\n/g, '\n');
  const split = normalized.indexOf('\n\n');
  const headers = parseHeaders(split === -1 ? normalized : normalized.slice(0, split));
  const parsed = await simpleParser(bytes, { skipImageLinks: true, skipTextToHtml: true });
  return {
    envelopeTo,
    to: addressesIn(headers.to ?? ''),
    from: headers.from ?? '',
    subject: parsed.subject ?? '',
    text: (parsed.text ?? '').replace(/\r\n/g, '\n'),
    html: typeof parsed.html === 'string' ? parsed.html : null,
    messageId: parsed.messageId ?? null,
    headers,
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename ?? '',
      contentType: attachment.contentType,
      content: attachment.content,
    })),
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
