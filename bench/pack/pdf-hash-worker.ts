/**
 * The bench's stand-in for the app's workers/pdf-hash.worker.ts: a second thread hashes the pack PDF from its
 * file while the ZIP is written (child.ts). Same code as the app's (sha256OfBlob on a file-backed Blob).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { sha256OfBlob } from '../../shared/pack/blob-hash';
import { fileBlob } from '../synth/file-blob';

parentPort?.postMessage(await sha256OfBlob(fileBlob((workerData as { path: string }).path)));
