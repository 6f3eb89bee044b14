/** Bundles bench children with esbuild, so they run on plain Node like the app's bundled pack worker. */
export async function bundleChildren(outdir: string, entryPoints: Record<string, string>): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // pdfmake's Node build is CommonJS (require, __dirname); give the ESM bundle both.
    banner: {
      js:
        "import { createRequire as kmCreateRequire } from 'node:module'; import { dirname as kmDirname } from 'node:path'; " +
        "import { fileURLToPath as kmFileURLToPath } from 'node:url'; const require = kmCreateRequire(import.meta.url); " +
        'const __filename = kmFileURLToPath(import.meta.url); const __dirname = kmDirname(__filename);',
    },
  });
}
