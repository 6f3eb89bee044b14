/** Registers the qpdf WebAssembly module for Node (tests, benchmarks): the same files the app ships. */
import { createRequire } from 'node:module';
import { configureQpdf, type QpdfModule } from '../../shared/files/qpdf';

const require = createRequire(import.meta.url);

export function useQpdfInNode(): void {
  const scriptPath = require.resolve('@neslinesli93/qpdf-wasm');
  const wasmPath = require.resolve('@neslinesli93/qpdf-wasm/dist/qpdf.wasm');
  const create = require(scriptPath) as (options: { locateFile: () => string; noInitialRun: boolean }) => Promise<QpdfModule>;
  configureQpdf(() => create({ locateFile: () => wasmPath, noInitialRun: true }));
}
