import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
}

/** RFC 2047 encoded words (nodemailer encodes non-ASCII subjects as =?UTF-8?Q?…?= or =?UTF-8?B?…?=). */
const decodeWords = (value: string) =>
  value.replace(/\s*=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_all, kind: string, data: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );

/** Quoted-printable bodies (RFC 2045): soft line breaks go, =XX are bytes of UTF-8. */
const decodeQuotedPrintable = (body: string) =>
  Buffer.from(
    body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

export function parseMail(raw: string, to: string[]): ReceivedMail {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
  }
  const body = rest.join('\n\n');
  const encoding = headers['content-transfer-encoding']?.toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return { to, raw, subject: decodeWords(headers.subject ?? ''), text, headers };
}

/**
 * A real SMTP server (the smtp-server library implements the protocol) in the test process. `reject` makes
 * the next deliveries fail with a temporary error; `hold` keeps the next one waiting for the test.
 */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  const waiting: Array<() => void> = [];
  let rejectNext = 0;
  let holdNext: { reached: () => void; release: Promise<void> } | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        if (rejectNext > 0) {
          rejectNext--;
          const error = Object.assign(new Error('try again later'), { responseCode: 451 });
          return callback(error);
        }
        const held = holdNext;
        if (held) {
          holdNext = undefined;
          held.reached();
          await held.release;
        }
        const to = session.envelope.rcptTo.map((r) => r.address);
        received.push(parseMail(Buffer.concat(chunks).toString('utf8'), to));
        for (const wake of waiting.splice(0)) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    rejectNext(n = 1) {
      rejectNext = n;
    },
    /** The next mail's DATA is accepted only when `release` is called; `reached` resolves when it arrives. */
    holdNext() {
      let release = () => {};
      let reached = () => {};
      const arrived = new Promise<void>((resolve) => {
        reached = resolve;
      });
      holdNext = { reached: () => reached(), release: new Promise<void>((resolve) => (release = resolve)) };
      return { arrived, release: () => release() };
    },
    /** Resolves once `count` mails have been accepted. */
    async until(count: number) {
      while (received.length < count) await new Promise<void>((resolve) => waiting.push(resolve));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;
