/**
 * Issue 19 through the vault worker's handlers: a PDF that needs a password is held after the check, a wrong
 * password says so, the right one makes the copy without a password the file that is stored, with the
 * encrypted original's SHA-256 recorded.
 */
import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KwaliteitsmapDb } from '../../../renderer/src/db/database';
import { createVaultHandlers } from '../../../renderer/src/workers/vault-handlers';
import type { HandlerContext } from '../../../renderer/src/workers/rpc';
import { sha256Hex } from '../../../shared/files/sha256';
import { generatePdfCorpus } from '../../fixtures/pdf-corpus/generate';
import { useQpdfInNode } from '../../helpers/qpdf-node';

const ctx: HandlerContext = { progress: () => {}, signal: new AbortController().signal, transfer: () => {} };
const qpdfCli = spawnSync('qpdf', ['--version']).error === undefined;

let db: KwaliteitsmapDb;
beforeEach(async () => {
  useQpdfInNode();
  db = new KwaliteitsmapDb(`unlock-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe.skipIf(!qpdfCli)('vault: PDF with a password', () => {
  it('holds it, refuses a wrong password, stores the copy without a password with the original’s SHA-256', async () => {
    const c = (await generatePdfCorpus()).find((x) => x.import === 'password')!;
    const vault = createVaultHandlers(db);
    const [checked] = await vault.check({ files: [{ name: c.name, bytes: c.bytes }], maxBytes: 10_000_000 }, ctx);
    expect(checked).toMatchObject({ ok: false, code: 'pdf-password' });
    const wrong = await vault.unlock({ token: checked!.token, password: 'fout' });
    expect(wrong).toMatchObject({ ok: false, code: 'pdf-password', wrongPassword: true });
    const right = await vault.unlock({ token: checked!.token, password: c.password! });
    if (!right.ok) throw new Error(right.message);
    expect('storeBytes' in right).toBe(false);
    const [stored] = await vault.store(
      { items: [{ token: right.token, meta: { evidenceType: 'meldcode', title: 'Meldcode', issueDate: '2025-01-10', details: {}, links: [] } }] },
      ctx,
    );
    const original = await sha256Hex(c.bytes);
    expect(stored!.originalSha256).toBe(original);
    expect(stored!.fileNote).toContain(original);
    const content = await db.contents.get(stored!.id);
    const bytes = new Uint8Array(await content!.data.arrayBuffer());
    expect(await sha256Hex(bytes)).toBe(stored!.sha256);
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('/Encrypt');
  });
});
