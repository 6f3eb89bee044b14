/**
 * Messages between the UI and pack.worker.ts. Every job has an id; the worker answers with progress events
 * and exactly one 'done' or 'error'. Buffers in replies are transferred, not copied.
 */
import type { PackModel, PackOptions, PackProgress, PackResult, PackZipEntry } from '../../../shared/pack';

export type PackJobRequest =
  | {
      type: 'pack';
      id: number;
      model: PackModel;
      options: PackOptions;
      /** Also build the ZIP (PDF + originals + manifest.json + sha256sums.txt). */
      zip?: { pdfFileName?: string };
    }
  | { type: 'verslag'; id: number; model: PackModel; options: { kaderIds?: string[]; introduction?: string } }
  | { type: 'cancel'; id: number }
  /** Build and discard a sample pack, so the first real build runs on compiled code (shared/pack/warm-up.ts). */
  | { type: 'warm-up' };

export type PackJobReply =
  | ({ type: 'progress'; id: number } & PackProgress)
  | { type: 'pack-done'; id: number; result: PackResult; zip?: { bytes: Uint8Array; entries: PackZipEntry[] } }
  | { type: 'verslag-done'; id: number; pdf: Uint8Array }
  | { type: 'error'; id: number; code: 'cancelled' | 'failed'; message: string };
