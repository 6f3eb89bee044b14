/**
 * Messages between the UI and pack.worker.ts. Every job has an id; the worker answers with progress events
 * and exactly one 'done' or 'error'. Buffers in replies are transferred, not copied.
 */
import type { PackModel, PackOptions, PackProgress, PackResult, PackZipEntry, VerslagContentOptions } from '../../../shared/pack';

/** The verslag's kaders and the provider's texts; `format` docx gives an editable Word document. */
export type VerslagJobOptions = VerslagContentOptions & { format?: 'pdf' | 'docx' };

export type PackJobRequest =
  | {
      type: 'pack';
      id: number;
      model: PackModel;
      options: PackOptions;
      /** Also build the ZIP (PDF + originals + manifest.json + sha256sums.txt). */
      zip?: { pdfFileName?: string };
    }
  | { type: 'verslag'; id: number; model: PackModel; options: VerslagJobOptions }
  | { type: 'cancel'; id: number }
  /** Build and discard a sample pack, so the first real build runs on compiled code (shared/pack/warm-up.ts). */
  | { type: 'warm-up' }
  /** Remove the pack files written to disk (the page is left; a running job keeps its own). */
  | { type: 'clear-output' };

/** The ZIP as one Blob made of its headers, the PDF's file and the stored originals (no copy until it is saved). */
export interface PackDoneZip {
  file: Blob;
  entries: PackZipEntry[];
  /** The worker's PDF file the ZIP holds by reference (absent when the pack was built in memory). */
  pdfFile?: File;
}

export type PackJobReply =
  | ({ type: 'progress'; id: number } & PackProgress)
  /** `pdfFile`: the PDF written to a disk-backed file (result.pdf is then empty); absent with a ZIP. */
  | { type: 'pack-done'; id: number; result: PackResult; pdfFile?: File; zip?: PackDoneZip }
  | { type: 'verslag-done'; id: number; pdf: Uint8Array }
  | { type: 'error'; id: number; code: 'cancelled' | 'failed'; message: string };
