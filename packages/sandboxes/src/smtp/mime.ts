/**
 * Just enough MIME (RFC 2045–2047) for tests to read a message as its recipient would: encoded
 * header words, multipart bodies, base64 and quoted-printable parts, attachments by name.
 */

export interface MimePart {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

export interface ParsedMail {
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string | null;
  readonly html: string | null;
  readonly attachments: readonly { readonly filename: string; readonly contentType: string; readonly size: number }[];
}

/** `=?UTF-8?Q?Bogf=C3=B8ring?=` and `=?UTF-8?B?...?=` words into text; adjacent words join without the space. */
export function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, data: string) => {
      if (enc.toUpperCase() === 'B') return Buffer.from(data, 'base64').toString('utf8');
      return qpBytes(data.replace(/_/g, ' ')).toString('utf8');
    });
}

function qpBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(bytes);
}

function splitHeaders(raw: string): { headers: Record<string, string>; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  const block = m ? raw.slice(0, m.index) : raw;
  const body = m ? raw.slice(m.index + m[0].length) : '';
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function param(header: string | undefined, name: string): string | null {
  const m = new RegExp(`${name}\\*?="?([^";]+)"?`, 'i').exec(header ?? '');
  return m ? m[1]! : null;
}

function decodeBody(body: string, encoding: string | undefined): Buffer {
  switch ((encoding ?? '').toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64');
    case 'quoted-printable':
      return qpBytes(body.replace(/=\r?\n/g, ''));
    default:
      return Buffer.from(body, 'utf8');
  }
}

function leaves(raw: string): MimePart[] {
  const { headers, body } = splitHeaders(raw);
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /^multipart\//i.test(type) ? param(type, 'boundary') : null;
  if (!boundary) return [{ headers, body: decodeBody(body, headers['content-transfer-encoding']) }];
  const parts = body.split(new RegExp(`\\r?\\n?--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*\\r?\\n?`));
  // before the first boundary is the preamble, after the closing one the epilogue
  return parts.slice(1, -1).filter((p) => p.trim().length > 0).flatMap(leaves);
}

export function parseMail(raw: string): ParsedMail {
  const { headers } = splitHeaders(raw);
  let text: string | null = null;
  let html: string | null = null;
  const attachments: { filename: string; contentType: string; size: number }[] = [];
  for (const part of leaves(raw)) {
    const type = (part.headers['content-type'] ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
    const filename = param(part.headers['content-disposition'], 'filename') ?? param(part.headers['content-type'], 'name');
    if (filename || /attachment/i.test(part.headers['content-disposition'] ?? '')) attachments.push({ filename: filename ?? 'unnamed', contentType: type, size: part.body.length });
    else if (type === 'text/plain' && text === null) text = part.body.toString('utf8');
    else if (type === 'text/html' && html === null) html = part.body.toString('utf8');
  }
  return { headers, text, html, attachments };
}
