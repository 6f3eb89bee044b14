/**
 * One warmed pack build under the V8 profiler: `node profile-child.mjs <out.cpuprofile> [cold]`
 * (bundled by bench/pack-profile.ts). Only the build itself is profiled, not the data or the warm-up.
 */
import { closeSync, openSync, writeFileSync, writevSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { buildEvidencePack, warmUpPack } from '../../shared/pack';
import { syntheticPackData } from '../synth/pack-data';
import { loadFonts } from './fonts';

const outPath = process.argv[2] as string;
const data = await syntheticPackData(undefined, { blobs: true });
const fonts = loadFonts();
if (process.argv[3] !== 'cold') await warmUpPack(fonts);
(globalThis as { gc?: () => void }).gc?.();
(globalThis as { gc?: () => void }).gc?.();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const fd = openSync(`${outPath}.pdf`, 'w');
const result = await buildEvidencePack(data.model, { fonts, sink: { write: (parts) => void writevSync(fd, [...parts]) } });
closeSync(fd);
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const { profile } = await session.post('Profiler.stop');
writeFileSync(outPath, JSON.stringify(profile));
process.stdout.write(`\nRESULT ${JSON.stringify({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, timings: result.timings })}\n`);
