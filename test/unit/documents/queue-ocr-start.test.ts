/**
 * When the import queue starts the OCR engine (seconds of CPU, well over 100 MB): for photos dragged over the page
 * or added, and for a PDF once it is found to have no text; never for PDFs with a text layer. The queue and the
 * reader run for real; only the engine, pdf.js and the vault worker are stood in for (they need a browser).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeJpeg } from '../../../bench/synth/jpeg';
import { sniffContent } from '../../../shared/files/sniff';

const engine = vi.hoisted(() => ({ warm: 0, recognized: 0, guessed: 0, released: 0, onlyGuessed: false }));
const TEXT_PDF = '%PDF-1.7 text';
const SCAN_PDF = '%PDF-1.7 scan';

// As ocr.ts: a start on a guess is released only while no real work has needed the engine.
vi.mock('../../../renderer/src/reading/ocr', () => ({
  warmOcr: () => {
    engine.warm++;
    engine.onlyGuessed = false;
  },
  warmOcrOnGuess: () => {
    engine.guessed++;
    engine.onlyGuessed = true;
  },
  releaseGuessedOcr: () => {
    if (engine.onlyGuessed) engine.released++;
    engine.onlyGuessed = false;
  },
  stopOcr: async () => undefined,
  recognize: async () => {
    engine.recognized++;
    engine.onlyGuessed = false;
    return { text: 'Certificaat', confidence: 90 };
  },
}));
vi.mock('../../../renderer/src/reading/pdf-text', () => ({
  // The text layer the reader finds: a policy's text, or nothing for a scan.
  pdfText: async (bytes: Uint8Array) =>
    new TextDecoder().decode(bytes) === TEXT_PDF ? 'Klachtenregeling van De Vries Begeleiding, vastgesteld op 2 september 2025.' : '',
  openScan: async () => ({ pageCount: 1, render: async () => ({ width: 100, height: 140 }), close: async () => undefined }),
}));
vi.mock('../../../renderer/src/reading/page-image', () => ({
  turned: (c: unknown) => c,
  asCanvas: (c: unknown) => c,
  photoPage: async () => ({ upright: {}, decode: async () => ({ width: 140, height: 100 }), orientation: 1, close: () => undefined }),
}));
vi.mock('../../../renderer/src/workers/vault-client', () => {
  let n = 0;
  const kind = (bytes: Uint8Array) => ({ pdf: 'pdf', jpeg: 'jpeg', png: 'png' })[sniffContent(bytes) as string] ?? 'other';
  return {
    vault: () => async (op: string, args: { files?: { bytes: Uint8Array }[] }) =>
      op === 'check' ? args.files!.map((f) => ({ ok: true, token: `t${++n}`, sha256: `h${n}`, fileKind: kind(f.bytes) })) : undefined,
  };
});
vi.mock('../../../renderer/src/app/settings', () => ({ getSettings: () => ({ maxFileSizeMb: 50 }) }));
vi.mock('../../../renderer/src/app/storage-persistence', () => ({ requestPersistentStorage: async () => 'persistent' }));

const { addFiles, clearQueue, prepareChooser, prepareReading } = await import('../../../renderer/src/features/documents/import-queue/queue-store');

const pdf = (name: string, text: string, type = 'application/pdf') => ({ name, type, bytes: new TextEncoder().encode(text) });
const photo = () => ({ name: 'IMG_0001.jpg', type: 'image/jpeg', bytes: encodeJpeg(new Uint8Array(8 * 8 * 3).fill(200), 8, 8, 90) });

describe('the import queue starts the OCR engine only for what OCR reads', () => {
  beforeEach(() => {
    clearQueue();
    Object.assign(engine, { warm: 0, recognized: 0, guessed: 0, released: 0, onlyGuessed: false });
  });

  it('does not start it for PDFs with a text layer, dragged or chosen', async () => {
    prepareReading(['application/pdf', 'application/pdf']);
    expect(engine.warm).toBe(0);
    // The content counts, not the name or the type the host guessed from it.
    await addFiles([pdf('klachtenregeling.pdf', TEXT_PDF), pdf('meldcode.jpg', TEXT_PDF, 'image/jpeg')]);
    expect(engine).toMatchObject({ warm: 0, recognized: 0, guessed: 0 });
  });

  it('does not start it for a folder dragged over the page (no types), nor for Word files', () => {
    prepareReading(['', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    expect(engine.warm).toBe(0);
  });

  it('starts it as soon as a photo is dragged over the page', () => {
    prepareReading(['application/pdf', 'image/jpeg']);
    expect(engine.warm).toBe(1);
    prepareReading(['IMAGE/PNG']);
    expect(engine.warm).toBe(2);
  });

  it('starts it when a photo is among the chosen files, before they are checked and read', async () => {
    const adding = addFiles([pdf('klachtenregeling.pdf', TEXT_PDF), photo()]);
    expect(engine.warm).toBe(1);
    await adding;
    expect(engine.recognized).toBe(1);
  });

  it('starts it for a PDF without text once the reader finds it has none, not before', async () => {
    const adding = addFiles([pdf('klachtenregeling.pdf', TEXT_PDF), pdf('Scan BHV.pdf', SCAN_PDF)]);
    expect(engine.warm).toBe(0);
    await adding;
    expect(engine.warm).toBe(1);
    expect(engine.recognized).toBe(1);
  });

  it('starts it on a guess when the file chooser opens, and stops it once the chosen PDFs turn out to have text', async () => {
    prepareChooser();
    expect(engine.guessed).toBe(1);
    await addFiles([pdf('klachtenregeling.pdf', TEXT_PDF), pdf('meldcode.pdf', TEXT_PDF)]);
    expect(engine).toMatchObject({ recognized: 0, released: 1 });
  });

  it('keeps the guessed engine for a photo or a scan among the chosen files', async () => {
    prepareChooser();
    await addFiles([photo()]);
    expect(engine).toMatchObject({ recognized: 1, released: 0 });
    prepareChooser();
    await addFiles([pdf('Scan BHV.pdf', SCAN_PDF)]);
    expect(engine).toMatchObject({ recognized: 2, released: 0 });
  });

  it('stops the guessed engine when the chooser is closed without files', async () => {
    prepareChooser();
    await addFiles([]);
    expect(engine.released).toBe(1);
  });
});
