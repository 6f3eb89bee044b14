/**
 * Benchmark: one full recompute of the kader engine for 100 people × every requirement of both built-in
 * kaders. Run with `npx tsx bench/status.ts` (npm run bench:status). Prints the median of several runs.
 */
import { performance } from 'node:perf_hooks';
import { evaluate, type DocumentInput, type EngineInput, type PersonInput } from '../shared/engine';
import { BUILTIN_KADERS } from '../shared/kaders';
import { addDaysIso } from '../shared/dates';

const PEOPLE = 100;
const RUNS = 30;
const PEILDATUM = '2025-09-01';

function buildInput(): EngineInput {
  const people: PersonInput[] = [];
  const documents: DocumentInput[] = [];
  let n = 0;
  const add = (d: Omit<DocumentInput, 'id'>): void => {
    const id = `doc-${++n}`;
    documents.push({ id, versionGroup: id, details: {}, links: [], createdAt: '2020-01-01T00:00:00Z', ...d });
  };
  for (let i = 0; i < PEOPLE; i++) {
    const id = `p${String(i).padStart(3, '0')}`;
    const roles = ['begeleider'];
    if (i % 4 === 0) roles.push('bhv');
    if (i % 10 === 0) roles.push('verpleegkundige');
    if (i % 7 === 0) roles.push('evv');
    if (i % 25 === 0) roles.push('ervaringsdeskundige');
    const start = addDaysIso('2018-01-01', i * 17);
    people.push({
      id,
      name: `Medewerker ${id}`,
      roles,
      kind: i % 20 === 0 ? 'stagiair' : i % 15 === 0 ? 'vrijwilliger' : 'medewerker',
      startDate: start,
      endDate: i % 33 === 0 ? '2025-01-01' : undefined,
      clientContact: i % 9 !== 0,
    });
    add({ evidenceType: 'vog', personId: id, issueDate: addDaysIso(start, -30), details: { profiles: ['45'] } });
    add({ evidenceType: 'diploma', personId: id, details: { kind: 'spw', level: '4' } });
    add({ evidenceType: 'bhv', personId: id, issueDate: addDaysIso('2024-09-01', i) });
    // Two revisions of the yearly training, so revision selection is exercised.
    add({ evidenceType: 'scholing', personId: id, issueDate: '2024-02-01', details: { subject: 'meldcode' }, versionGroup: `mc-${id}` });
    add({ evidenceType: 'scholing', personId: id, issueDate: addDaysIso('2025-01-01', i), details: { subject: 'meldcode' }, versionGroup: `mc-${id}` });
    add({ evidenceType: 'scholing', personId: id, issueDate: addDaysIso('2024-07-01', i), details: { subject: 'agressie' } });
    add({ evidenceType: 'big', personId: id, issueDate: '2022-01-01', details: { number: String(19000000000 + i) } });
    add({ evidenceType: 'supervisie', personId: id, issueDate: start, details: { supervisor: 'p001' } });
  }
  // One organisation document for every accepted type and filter of every requirement.
  for (const kader of BUILTIN_KADERS) {
    for (const req of kader.requirements) {
      if (req.scope.level !== 'organisatie' && req.scope.level !== 'clientpraktijk') continue;
      for (const group of req.evidence) {
        for (const accept of group.anyOf) {
          const details = Object.fromEntries(Object.entries(accept.where ?? {}).map(([k, v]) => [k, v[0]!]));
          add({ evidenceType: accept.type, issueDate: '2025-02-01', details });
        }
      }
    }
  }
  return {
    peildatum: PEILDATUM,
    profile: {
      kind: 'organisatie',
      staffCount: PEOPLE,
      services: ['begeleiding', 'persoonlijke-verzorging', 'dagbesteding-locatie', 'vervoer', 'medicatie'],
      clientGroups: ['wmo', 'wlz'],
      kaderIds: BUILTIN_KADERS.map((k) => k.id),
    },
    people,
    documents,
    assessments: [],
  };
}

const input = buildInput();
// Warm up the JIT so the figures describe steady state.
for (let i = 0; i < 5; i++) evaluate(input);
const times: number[] = [];
// CPU time as well: on a busy machine wall-clock time includes waiting for a core.
const cpuTimes: number[] = [];
let out = evaluate(input);
for (let i = 0; i < RUNS; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  out = evaluate(input);
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpuTimes.push((c.user + c.system) / 1000);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const pct = (p: number): number => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
const median = (xs: number[]): number => xs[Math.floor(xs.length / 2)]!;
const requirements = BUILTIN_KADERS.reduce((n, k) => n + k.requirements.length, 0);
console.log(`kader engine: ${PEOPLE} people, ${input.documents.length} documents, ${requirements} requirements in ${BUILTIN_KADERS.length} kaders`);
console.log(`results ${out.results.length}, deadlines ${out.deadlines.length}, staff matrix ${out.staffMatrix.rows.length}×${out.staffMatrix.columns.length}`);
console.log(`full recompute over ${RUNS} runs: median ${pct(50).toFixed(2)} ms, p90 ${pct(90).toFixed(2)} ms, min ${times[0]!.toFixed(2)} ms, max ${times[times.length - 1]!.toFixed(2)} ms (target < 10 ms)`);
console.log(`CPU time per recompute: median ${median(cpuTimes).toFixed(2)} ms`);
