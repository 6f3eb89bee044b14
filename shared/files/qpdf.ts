/**
 * qpdf (WebAssembly build, @neslinesli93/qpdf-wasm, ISC) for what pdf-lib cannot do: decrypting PDFs, repairing
 * damaged ones it can read, and flattening form fields into their pages. (This build has no C++ exception
 * handling: where qpdf would recover from a damaged cross-reference table by catching an error, or report a
 * wrong password, it stops with the message instead; callers treat any failure as "qpdf cannot".) shared/ does not know
 * where the .wasm file lives: the worker (renderer/src/workers/qpdf-loader.ts, a Vite asset of the app's own
 * files) and Node tests/benchmarks (test/qpdf-node.ts) register a loader with `configureQpdf`. Without a loader
 * every function reports `unavailable` and callers fall back to refusing with a reason.
 */

/** The part of the Emscripten module we use. */
export interface QpdfModule {
  callMain(args: string[]): number;
  FS: {
    writeFile(path: string, data: Uint8Array): void;
    readFile(path: string): Uint8Array;
    unlink(path: string): void;
  };
}

export interface QpdfRun {
  /** qpdf's exit code: 0 fine, 2 error, 3 fine with warnings. */
  code: number;
  output?: Uint8Array;
  /** What qpdf printed (English; for logs and tests, never shown). */
  messages: string[];
}

type Console = { log: (...a: unknown[]) => void; error: (...a: unknown[]) => void; warn: (...a: unknown[]) => void };
type MaybeProcess = { process?: { exitCode?: number | string | undefined } };

let loader: (() => Promise<QpdfModule>) | undefined;
let instance: Promise<QpdfModule> | undefined;
let queue: Promise<unknown> = Promise.resolve();
/** Lines printed by the module go here while a call runs (else to the real console). */
let sink: string[] | undefined;

export function configureQpdf(load: (() => Promise<QpdfModule>) | undefined): void {
  loader = load;
  instance = undefined;
}

export function qpdfAvailable(): boolean {
  return loader !== undefined;
}

/**
 * The module binds console.log/error when it is created and offers no print hook, so it is created while
 * the console's functions are forwarders to `sink`.
 */
async function module(): Promise<QpdfModule> {
  if (!loader) throw new Error('qpdf is not configured');
  if (!instance) {
    const con = (globalThis as unknown as { console: Console }).console;
    const original = { log: con.log, error: con.error, warn: con.warn };
    const forward = (real: (...a: unknown[]) => void) => (...a: unknown[]) => (sink ? sink.push(a.map(String).join(' ')) : real.apply(con, a));
    con.log = forward(original.log);
    con.error = forward(original.error);
    con.warn = forward(original.warn);
    const load = loader;
    instance = (async () => {
      try {
        return await load();
      } finally {
        con.log = original.log;
        con.error = original.error;
        con.warn = original.warn;
      }
    })();
    instance.catch(() => (instance = undefined));
  }
  return instance;
}

let fileCounter = 0;
const LARGE_INPUT = 16 * 1024 * 1024;

/**
 * Runs qpdf once on `input` (written to the module's memory file system as `{in}`); when `wantOutput`, the
 * file `{out}` is read back. Calls are serialised (one module, one thread). A module that crashed is
 * replaced on the next call.
 */
export function runQpdf(args: readonly string[], input: Uint8Array, wantOutput: boolean): Promise<QpdfRun> {
  const job = queue.then(async (): Promise<QpdfRun> => {
    const qpdf = await module();
    const id = ++fileCounter;
    const inPath = `/in-${id}.pdf`;
    const outPath = `/out-${id}.pdf`;
    const proc = (globalThis as MaybeProcess).process;
    const exitCode = proc?.exitCode;
    const messages: string[] = [];
    qpdf.FS.writeFile(inPath, input);
    sink = messages;
    let code: number;
    try {
      code = qpdf.callMain(args.map((a) => a.replace('{in}', inPath).replace('{out}', outPath)));
    } catch (error) {
      instance = undefined;
      messages.push(`qpdf crashed: ${error instanceof Error ? error.message : String(error)}`);
      code = 2;
    } finally {
      sink = undefined;
      // In Node, Emscripten's exit() sets the process's exit code; qpdf's verdict is not the process's.
      if (proc) proc.exitCode = exitCode;
    }
    let output: Uint8Array | undefined;
    try {
      if (wantOutput && code !== 2) output = qpdf.FS.readFile(outPath).slice();
    } catch {
      output = undefined;
    }
    for (const path of [inPath, outPath]) {
      try {
        qpdf.FS.unlink(path);
      } catch {
        /* not written */
      }
    }
    // WebAssembly memory only grows: after a large file the module is dropped so its memory can be freed.
    if (input.length > LARGE_INPUT) instance = undefined;
    return output ? { code, output, messages } : { code, messages };
  });
  queue = job.catch(() => undefined);
  return job;
}

/** How a PDF is protected: not at all, restrictions only (opens without a password), or a password to open. */
export type PdfProtection = 'none' | 'restrictions' | 'password' | 'unknown';

export async function pdfProtection(bytes: Uint8Array): Promise<PdfProtection> {
  if (!qpdfAvailable()) return 'unknown';
  // --requires-password: 0 = a password is needed, 2 = not encrypted, 3 = encrypted, opens without one.
  // The WebAssembly build reports a file it cannot open for want of a password as an error instead.
  const run = await runQpdf(['--requires-password', '{in}'], bytes, false);
  if (run.code === 0 || run.messages.some(isPasswordMessage)) return 'password';
  return run.code === 2 && run.messages.length === 0 ? 'none' : run.code === 3 ? 'restrictions' : 'unknown';
}

export type Rewritten =
  | { ok: true; bytes: Uint8Array; warnings: string[] }
  | { ok: false; reason: 'unavailable' | 'password' | 'unreadable'; messages: string[] };

export interface RewriteOptions {
  /** Open with this password (user or owner). */
  password?: string;
  /** Flatten the visible annotations (form fields with their drawings) into the page. */
  flattenForms?: boolean;
}

/**
 * Writes the PDF again through qpdf: decrypted, with a rebuilt cross-reference table (qpdf repairs damaged
 * files while reading, as its own merge does), optionally with form fields flattened to their appearance.
 */
export async function rewritePdf(bytes: Uint8Array, options: RewriteOptions = {}): Promise<Rewritten> {
  if (!qpdfAvailable()) return { ok: false, reason: 'unavailable', messages: [] };
  // Streams are left as they are (only decrypted): pdf-lib copies them; decoding and recompressing costs time.
  const args = ['--decrypt', '--object-streams=preserve', '--stream-data=preserve'];
  if (options.password !== undefined) args.push(`--password=${options.password}`);
  if (options.flattenForms) args.push('--flatten-annotations=screen');
  args.push('{in}', '{out}');
  const run = await runQpdf(args, bytes, true);
  if (run.code === 2 || !run.output) {
    const password = run.messages.some(isPasswordMessage);
    return { ok: false, reason: password ? 'password' : 'unreadable', messages: run.messages };
  }
  return { ok: true, bytes: run.output, warnings: run.messages };
}

function isPasswordMessage(message: string): boolean {
  return /invalid password/i.test(message);
}
