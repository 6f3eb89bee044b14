import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposeDocument, type ProposeInput } from '../../../shared/reading';

/** The example in docs/reading.md must be what proposeDocument really returns. */
const md = readFileSync(resolve(__dirname, '../../../docs/reading.md'), 'utf8');
function block(marker: string): unknown {
  const at = md.indexOf(`<!-- ${marker} -->`);
  const m = /```json\n([\s\S]*?)\n```/.exec(md.slice(at));
  if (at < 0 || !m) throw new Error(`no json block after ${marker}`);
  return JSON.parse(m[1]!);
}

describe('docs/reading.md example', () => {
  it('shows the real proposal', () => {
    const input = block('example-input') as ProposeInput;
    expect(JSON.parse(JSON.stringify(proposeDocument(input)))).toEqual(block('example-output'));
  });
});
