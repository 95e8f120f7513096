import { describe, expect, it } from 'vitest';
import { decodeWords, parseMail } from './mime.js';

describe('MIME reading in the SMTP sink (issue #5)', () => {
  it('should decode Q and B encoded header words, joining adjacent ones', () => {
    expect(decodeWords('=?UTF-8?Q?Faktura_fra_Bogf=C3=B8r?= =?UTF-8?Q?ing?=')).toBe('Faktura fra Bogføring');
    expect(decodeWords(`=?UTF-8?B?${Buffer.from('Tømrer ApS').toString('base64')}?= <a@b.dk>`)).toBe('Tømrer ApS <a@b.dk>');
  });

  it('should read text, html and attachments out of a multipart message', () => {
    const raw = [
      'Subject: =?UTF-8?Q?Faktura_1007?=', 'Content-Type: multipart/mixed; boundary="outer"', '',
      'preamble', '--outer', 'Content-Type: multipart/alternative; boundary="inner"', '',
      '--inner', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '',
      'Bel=C3=B8b i alt: 1.718,75 DKK og en meget lang linje der er brudt med en bl=', '=C3=B8d linjeskift',
      '--inner', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '',
      Buffer.from('<p>Beløb</p>').toString('base64'), '--inner--', '',
      '--outer', 'Content-Type: application/pdf; name="faktura-1007.pdf"', 'Content-Disposition: attachment; filename="faktura-1007.pdf"',
      'Content-Transfer-Encoding: base64', '', Buffer.from('%PDF-1.4 demo').toString('base64'), '--outer--', '',
    ].join('\r\n');
    const mail = parseMail(raw);
    expect(mail.headers['subject']).toBe('Faktura 1007');
    expect(mail.text).toBe('Beløb i alt: 1.718,75 DKK og en meget lang linje der er brudt med en blød linjeskift');
    expect(mail.html).toBe('<p>Beløb</p>');
    expect(mail.attachments).toEqual([{ filename: 'faktura-1007.pdf', contentType: 'application/pdf', size: 13 }]);
  });
});
