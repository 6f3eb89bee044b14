/**
 * The bench's stand-in for the app's workers/pdf-hash.worker.ts: a second thread reads the pack PDF from its
 * file for its SHA-256 and CRC-32 while the ZIP reads the originals (child.ts). Same code as the app's
 * (digestOfBlob on a file-backed Blob).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { digestOfBlob } from '../../shared/pack/blob-hash';
import { fileBlob } from '../synth/file-blob';

parentPort?.postMessage(await digestOfBlob(fileBlob((workerData as { path: string }).path)));
