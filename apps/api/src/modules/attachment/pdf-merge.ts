import { PDFDocument, type PDFImage } from 'pdf-lib';
import type { SkippedFile } from './attachment.entity.js';

export interface MergeInput {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface MergedPdf {
  /** Null when no file gave a page: there is nothing to store. */
  bytes: Uint8Array | null;
  pageCount: number;
  skipped: SkippedFile[];
}

/** A4 in PDF points: image pages are scaled to fit it, so a 300 dpi scan is not a metre wide. */
const A4 = { width: 595.28, height: 841.89 };

type Kind = 'pdf' | 'jpeg' | 'png';

/** By the bytes, not the name or the ERP's content type, which are often generic or wrong. */
function kindOf(bytes: Uint8Array): Kind | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  return null;
}

async function addImagePage(doc: PDFDocument, image: PDFImage): Promise<void> {
  const landscape = image.width > image.height;
  const page = doc.addPage(landscape ? [A4.height, A4.width] : [A4.width, A4.height]);
  const { width, height } = page.getSize();
  const scaled = image.scaleToFit(width, height);
  page.drawImage(image, { x: (width - scaled.width) / 2, y: (height - scaled.height) / 2, width: scaled.width, height: scaled.height });
}

function reasonOf(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0]!.slice(0, 200);
}

/**
 * One supplier invoice's files as one PDF, in the order given (SE-FX-51): a PDF's pages are copied,
 * a JPEG or PNG becomes a page of its own; any other file, or one that cannot be read, is left out
 * and listed with the reason, so one bad file never stops the others.
 */
export async function mergeIntoPdf(files: readonly MergeInput[], title: string): Promise<MergedPdf> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setProducer('Ledgerbridge');
  const skipped: SkippedFile[] = [];
  for (const given of files) {
    // a copy at offset 0: pdf-lib's JPEG reader ignores byteOffset, which a pooled Buffer from Postgres has
    const file = { ...given, bytes: new Uint8Array(given.bytes) };
    const kind = kindOf(file.bytes);
    if (!kind) {
      skipped.push({ fileName: file.fileName, reason: `Not a PDF, JPEG or PNG file (${file.contentType || 'unknown type'}), so it cannot be merged` });
      continue;
    }
    try {
      if (kind === 'pdf') {
        const source = await PDFDocument.load(file.bytes, { updateMetadata: false });
        const pages = await doc.copyPages(source, source.getPageIndices());
        if (pages.length === 0) {
          skipped.push({ fileName: file.fileName, reason: 'The PDF has no pages' });
          continue;
        }
        for (const page of pages) doc.addPage(page);
      } else {
        await addImagePage(doc, kind === 'jpeg' ? await doc.embedJpg(file.bytes) : await doc.embedPng(file.bytes));
      }
    } catch (e) {
      skipped.push({ fileName: file.fileName, reason: `Could not be read as ${kind.toUpperCase()}: ${reasonOf(e)}` });
    }
  }
  const pageCount = doc.getPageCount();
  return { bytes: pageCount > 0 ? await doc.save() : null, pageCount, skipped };
}
