/**
 * Prints a V8 CPU profile's top functions by self time and its self time per package, for bench/pack-profile.ts
 * (Node) and bench/pack-browser.ts --profile (Chromium). The bundlers (esbuild, Vite's rolldown) mark where each
 * module starts in an unminified bundle ("// node_modules/pdf-lib/…"), which maps a sample's line to its package.
 */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

function moduleStarts(bundleText: string): { line: number; module: string }[] {
  const starts: { line: number; module: string }[] = [];
  bundleText.split('\n').forEach((text, i) => {
    const m = /^\/\/ (node_modules\/(?:@[^/]+\/)?[^/]+|[a-z]+\/[a-z-]+)\//.exec(text);
    if (m) starts.push({ line: i, module: (m[1] as string).replace('node_modules/', '') });
  });
  return starts;
}

/** `bundleName`: the file name of the bundle whose lines `bundleText` holds (other scripts count by name). */
export function printProfileSummary(profile: CpuProfile, bundleName: string, bundleText: string, top: number): void {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const starts = moduleStarts(bundleText);
  const self = new Map<string, number>();
  const byModule = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    let module = frame.url.endsWith(bundleName) ? '(bundle)' : frame.functionName.startsWith('(') ? frame.functionName : 'native';
    if (module === '(bundle)') {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as { line: number }).line <= frame.lineNumber) lo = mid;
        else hi = mid - 1;
      }
      module = starts[lo]?.module ?? '(bundle)';
    }
    byModule.set(module, (byModule.get(module) ?? 0) + dt);
  });
  const ms = (us: number) => (us / 1000).toFixed(0).padStart(7);
  console.log(`sampled ${(total / 1000).toFixed(0)} ms; top ${top} by self time:`);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(us)} ms  ${key}`);
  console.log('\nself time by package:');
  for (const [module, us] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`${ms(us)} ms  ${module}`);
}
