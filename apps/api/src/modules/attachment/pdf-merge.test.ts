import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { jpeg, pdfWithPages, png } from '../../../test/pdf-fixtures.js';
import { mergeIntoPdf } from './pdf-merge.js';

async function pageSizes(bytes: Uint8Array): Promise<{ width: number; height: number }[]> {
  return (await PDFDocument.load(bytes)).getPages().map((p) => p.getSize());
}

const A4_PORTRAIT = { width: 595.28, height: 841.89 };
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

describe('mergeIntoPdf (SE-FX-51)', () => {
  it('should copy every page of a PDF and make one page of a JPEG and of a PNG, in the order given (SE-FX-51)', async () => {
    const merged = await mergeIntoPdf([
      { fileName: 'faktura.pdf', contentType: 'application/pdf', bytes: await pdfWithPages([[200, 300], [300, 200]]) },
      { fileName: 'kvitto.jpg', contentType: 'image/jpeg', bytes: jpeg() },
      { fileName: 'foto.png', contentType: 'image/png', bytes: png(40, 20) },
    ], 'Supplier invoice 7');
    expect(merged.skipped).toEqual([]);
    expect(merged.pageCount).toBe(4);
    expect(await pageSizes(merged.bytes!)).toEqual([{ width: 200, height: 300 }, { width: 300, height: 200 }, A4_PORTRAIT, A4_LANDSCAPE]);
    expect((await PDFDocument.load(merged.bytes!)).getTitle()).toBe('Supplier invoice 7');
  });

  it('should leave out, with a reason, files of other types and files that cannot be read, and keep the rest', async () => {
    const merged = await mergeIntoPdf([
      { fileName: 'följesedel.txt', contentType: 'text/plain', bytes: new TextEncoder().encode('Följesedel 12') },
      { fileName: 'trasig.png', contentType: 'image/png', bytes: png(4, 4).slice(0, 40) },
      { fileName: 'trasig.pdf', contentType: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.7 not really') },
      { fileName: 'kvitto.jpg', contentType: 'application/octet-stream', bytes: jpeg() },
    ], 'Supplier invoice 8');
    expect(merged.pageCount).toBe(1);
    expect(await pageSizes(merged.bytes!)).toEqual([A4_PORTRAIT]);
    expect(merged.skipped).toEqual([
      { fileName: 'följesedel.txt', reason: expect.stringContaining('Not a PDF, JPEG or PNG file (text/plain)') },
      { fileName: 'trasig.png', reason: expect.stringContaining('Could not be read as PNG') },
      { fileName: 'trasig.pdf', reason: expect.stringContaining('Could not be read as PDF') },
    ]);
  });

  it('should read files that sit inside a larger buffer, as Postgres returns them', async () => {
    const pooled = Buffer.concat([Buffer.from('padding before'), Buffer.from(jpeg()), Buffer.from(png(2, 2))]);
    const jpegPart = pooled.subarray(14, 14 + jpeg().byteLength);
    const pngPart = pooled.subarray(14 + jpeg().byteLength);
    const merged = await mergeIntoPdf([
      { fileName: 'kvitto.jpg', contentType: 'image/jpeg', bytes: jpegPart },
      { fileName: 'foto.png', contentType: 'image/png', bytes: pngPart },
    ], 'Supplier invoice 10');
    expect(merged.skipped).toEqual([]);
    expect(merged.pageCount).toBe(2);
  });

  it('should give no PDF when no file gives a page', async () => {
    const merged = await mergeIntoPdf([{ fileName: 'skanning.tif', contentType: 'image/tiff', bytes: new Uint8Array([0x49, 0x49, 0x2a, 0x00]) }], 'Supplier invoice 9');
    expect(merged).toEqual({ bytes: null, pageCount: 0, skipped: [{ fileName: 'skanning.tif', reason: expect.stringContaining('image/tiff') }] });
  });
});
