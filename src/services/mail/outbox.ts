// Reads the development outbox (data/outbox): the messages the service would have sent.
import fs from 'node:fs';
import path from 'node:path';

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  date: string;
  text: string;
}

const FILE_NAME = /^[0-9TZ-]+-[0-9a-f]{8}\.eml$/;

export function listOutbox(outboxDir: string): OutboxMessage[] {
  if (!fs.existsSync(outboxDir)) return [];
  return fs
    .readdirSync(outboxDir)
    .filter((name) => FILE_NAME.test(name))
    .sort()
    .reverse()
    .map((name) => parseMessage(name, fs.readFileSync(path.join(outboxDir, name), 'utf8')));
}

export function readOutboxMessage(outboxDir: string, id: string): OutboxMessage | undefined {
  const name = `${id}.eml`;
  if (!FILE_NAME.test(name) || !fs.existsSync(path.join(outboxDir, name))) return undefined;
  return parseMessage(name, fs.readFileSync(path.join(outboxDir, name), 'utf8'));
}

/** Headers and a decoded plain-text body (nodemailer writes quoted-printable for non-ASCII text). */
function parseMessage(name: string, raw: string): OutboxMessage {
  const [head = '', ...rest] = raw.split('\n\n');
  const headers = head.replace(/\n[ \t]+/g, ' ');
  const header = (key: string) => decodeWords(new RegExp(`^${key}: (.*)$`, 'mi').exec(headers)?.[1] ?? '');
  const body = rest.join('\n\n');
  const text = /content-transfer-encoding: quoted-printable/i.test(headers)
    ? decodeQuotedPrintable(body)
    : body;
  return {
    id: name.replace(/\.eml$/, ''),
    to: header('To'),
    subject: header('Subject'),
    date: header('Date'),
    text,
  };
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
  try {
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
  } catch {
    return text;
  }
}

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects: =?UTF-8?Q?…?= or =?UTF-8?B?…?= */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, encoding: string, data: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}
