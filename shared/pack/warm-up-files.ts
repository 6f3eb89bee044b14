/**
 * Made-up files for the warm-up pack (warm-up.ts), of the kinds a real pack holds, so the code paths her build
 * takes are compiled before it: PDFs of one to three pages with and without object streams, one with a photo on
 * its page, a JPEG and a PNG (32 × 24 pixels, a grey gradient, encoded once with bench/synth's encoders).
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PackFileKind } from './model';

const JPEG_BASE64 = '/9j/4AAQSkZJRgABAQAASABIAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAAYACADAREAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDgdP7UAdRp/agDp9P7UAdRp/agDwjT+1AHUaf2oA6fT+1AHUaf2oA8I0/tQB1Gn9qAOn0/tQB1Gn9qAP/Z';
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAACAAAAAYCAIAAAAUMWhjAAAAJElEQVR4nGNkYGDgoCUYtWDUglELRi0YtWDUglELRi0YIhYAAEm3RdlSa6nCAAAAAElFTkSuQmCC';

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export interface SampleFile {
  fileName: string;
  fileKind: PackFileKind;
  mimeType: string;
  bytes: Uint8Array;
}

async function samplePdf(pages: number, objectStreams: boolean, photo?: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const image = photo ? await doc.embedJpg(photo) : undefined;
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595.28, 841.89]);
    for (let line = 0; line < 12; line++) page.drawText(`Voorbeeld, pagina ${p + 1}, regel ${line + 1}`, { x: 50, y: 780 - line * 16, size: 11, font });
    if (image) page.drawImage(image, { x: 50, y: 300, width: 320, height: 240 });
  }
  return doc.save({ useObjectStreams: objectStreams });
}

export async function sampleFiles(): Promise<SampleFile[]> {
  const jpeg = fromBase64(JPEG_BASE64);
  const pdf = (fileName: string, bytes: Uint8Array): SampleFile => ({ fileName, fileKind: 'pdf', mimeType: 'application/pdf', bytes });
  return [
    pdf('voorbeeld-1.pdf', await samplePdf(1, false)),
    pdf('voorbeeld-2.pdf', await samplePdf(2, true)),
    pdf('voorbeeld-3.pdf', await samplePdf(3, false, jpeg)),
    pdf('voorbeeld-4.pdf', await samplePdf(2, true, jpeg)),
    { fileName: 'voorbeeld-5.jpg', fileKind: 'jpeg', mimeType: 'image/jpeg', bytes: jpeg },
    { fileName: 'voorbeeld-6.png', fileKind: 'png', mimeType: 'image/png', bytes: fromBase64(PNG_BASE64) },
  ];
}
