import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type EngineInput, type EngineOutput } from '../../../shared/engine';

/** The example in docs/engine.md must be what the engine really returns. */
const md = readFileSync(resolve(__dirname, '../../../docs/engine.md'), 'utf8');
function block(marker: string): unknown {
  const at = md.indexOf(`<!-- ${marker} -->`);
  const m = /```json\n([\s\S]*?)\n```/.exec(md.slice(at));
  if (at < 0 || !m) throw new Error(`no json block after ${marker}`);
  return JSON.parse(m[1]!);
}
const strip = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('docs/engine.md example', () => {
  const input = block('example-input') as EngineInput;
  const shown = block('example-output') as Partial<EngineOutput>;
  const out = strip(evaluate(input));

  it('shows real results', () => {
    expect(shown.results!.length).toBeGreaterThan(3);
    for (const r of shown.results!) expect(out.results.find((x) => x.key === r.key)).toEqual(r);
  });

  it('shows all deadlines, the first staff row and real counts', () => {
    expect(shown.deadlines).toEqual(out.deadlines);
    expect(shown.staffMatrix!.columns).toEqual(out.staffMatrix.columns);
    expect(shown.staffMatrix!.rows[0]).toEqual(out.staffMatrix.rows[0]);
    expect(shown.counts!.total).toEqual(out.counts.total);
    expect(shown.counts!.perSection!['mg-wmo']!['personeel']).toEqual(out.counts.perSection['mg-wmo']!['personeel']);
    expect(shown.peildatum).toBe(out.peildatum);
    expect(shown.inactivePersonIds).toEqual(out.inactivePersonIds);
  });

  it('shows real document entries, one of which counts for no requirement and still has its deadline', () => {
    for (const d of shown.documents!) expect(out.documents.find((x) => x.documentId === d.documentId)).toEqual(d);
    const unused = shown.documents!.filter((d) => d.current && d.countsForNothing);
    expect(unused.length).toBeGreaterThan(0);
    for (const d of unused) expect(shown.deadlines!.some((x) => x.documentId === d.documentId && x.noRequirement)).toBe(true);
  });
});
