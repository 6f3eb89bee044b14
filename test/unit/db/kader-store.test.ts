import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KwaliteitsmapDb } from '../../../renderer/src/db/database';
import { SCHEMA_V2 } from '../../../renderer/src/db/schema';
import { addOwnRequirement, addUserKader, allKaders, analyseKaderFile, deleteUserKader, replaceUserKader } from '../../../renderer/src/db/kader-store';
import { saveOpdrachtgever } from '../../../renderer/src/db/opdrachtgever-store';
import { exportBackup, restoreBackup } from '../../../renderer/src/db/backup-io';
import { evaluate } from '../../../shared/engine';
import { buildBackupBytes } from '../../../shared/backup';
import { parseKaderFile, serializeKader, type Kader } from '../../../shared/kaders';
import type { Organisation } from '../../../shared/model';

const names: string[] = [];
function dbName() {
  const name = `kader-store-${names.length}-${Math.random()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

const T = '2025-01-01T10:00:00.000Z';
const org: Organisation = {
  id: 'org',
  name: 'Zorg Zelf',
  profile: { kind: 'zzp', staffCount: 1, services: ['begeleiding'], clientGroups: ['wmo'], kaderIds: ['mg-wmo'] },
  createdAt: T,
  updatedAt: T,
};

function example(): Kader {
  const md = readFileSync(join(__dirname, '../../../docs/kaders.md'), 'utf8');
  const text = /<!-- kader-file-example -->\s*```json\n([\s\S]*?)```/.exec(md)![1]!;
  const result = parseKaderFile(new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.kader;
}

async function openDb() {
  const db = new KwaliteitsmapDb(dbName());
  await db.open();
  await db.organisation.put(org);
  return db;
}

describe('schema v5 migration: custom requirements join the kader model', () => {
  it('upgrades real version-2 data: custom requirements, their assessments and links follow into "Eigen eisen"', async () => {
    const name = dbName();
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.table('organisation').put(org);
    // Exactly what the v2 CustomRequirementForm stored.
    await v2.table('customRequirements').bulkPut([
      {
        id: 'eigen.3f2a9c1b',
        kaderId: 'mg-wmo',
        requirement: {
          id: 'eigen.3f2a9c1b',
          sectionId: 'personeel',
          text: 'Iedereen met cliëntcontact heeft een EHBO-diploma.',
          sourceRef: { section: 'Eigen eis', bullet: 'toegevoegd op 2025-01-01' },
          scope: { level: 'medewerker-clientcontact' },
          evidence: [{ anyOf: [{ type: 'ehbo' }] }],
          renewMonths: 24,
        },
        createdAt: T,
      },
      { id: 'kapot', kaderId: 'mg-wmo', requirement: { title: 'geen eis' }, createdAt: T },
    ]);
    await v2.table('assessments').bulkPut([
      { kaderId: 'mg-wmo', requirementId: 'eigen.3f2a9c1b', toelichting: 'Iedereen heeft EHBO.', updatedAt: T },
      { kaderId: 'mg-wmo', requirementId: 'mg-wmo.personeel.vog', toelichting: 'Blijft.', updatedAt: T },
    ]);
    await v2.table('documents').put({
      id: 'd1', evidenceType: 'overig', title: 'Certificaat', fileName: 'c.pdf', mimeType: 'application/pdf', fileKind: 'pdf', mergeable: true,
      size: 3, sha256: 'a'.repeat(64), details: {}, links: ['eigen.3f2a9c1b', 'mg-wmo.personeel.vog'], versionGroup: 'd1', createdAt: T,
    });
    v2.close();

    const db = new KwaliteitsmapDb(name);
    await db.open();
    const own = await db.userKaders.get('mg-wmo-eigen');
    expect(own).toMatchObject({ origin: 'eigen-eisen', basedOn: 'mg-wmo', history: [] });
    expect(own!.kader.title).toBe('Eigen eisen bij Wmo Midden-Groningen');
    expect(own!.kader.sections).toEqual([{ id: 'personeel', title: 'Personeel' }]);
    expect(own!.kader.requirements).toEqual([
      expect.objectContaining({ id: 'mg-wmo-eigen.personeel.3f2a9c1b', text: 'Iedereen met cliëntcontact heeft een EHBO-diploma.', renewMonths: 24 }),
    ]);
    expect(await db.assessments.get(['mg-wmo-eigen', 'mg-wmo-eigen.personeel.3f2a9c1b'])).toMatchObject({ toelichting: 'Iedereen heeft EHBO.' });
    expect(await db.assessments.get(['mg-wmo', 'eigen.3f2a9c1b'])).toBeUndefined();
    expect(await db.assessments.get(['mg-wmo', 'mg-wmo.personeel.vog'])).toMatchObject({ toelichting: 'Blijft.' });
    expect((await db.documents.get('d1'))!.links).toEqual(['mg-wmo-eigen.personeel.3f2a9c1b', 'mg-wmo.personeel.vog']);
    expect((await db.organisation.get('org'))!.profile.kaderIds).toEqual(['mg-wmo', 'mg-wmo-eigen']);
    // The damaged row is not lost.
    expect((await db.customRequirements.toArray()).map((r) => r.id)).toEqual(['kapot']);
    // The engine now evaluates it as part of a kader.
    const out = evaluate({ peildatum: '2025-06-01', profile: (await db.organisation.get('org'))!.profile, kaders: allKaders(await db.userKaders.toArray()), people: [], documents: [] });
    expect(out.results.some((r) => r.requirementId === 'mg-wmo-eigen.personeel.3f2a9c1b')).toBe(true);
    db.close();
  });
});

describe('user kaders', () => {
  it('a new version keeps assessments, toelichtingen, n.v.t. reasons and links of unchanged ids; removed ones stay stored', async () => {
    const db = await openDb();
    const v1 = example();
    await addUserKader(db, v1, 'import');
    expect((await db.organisation.get('org'))!.profile.kaderIds).toContain('wmo-voorbeeld');
    await db.assessments.bulkPut([
      { kaderId: 'wmo-voorbeeld', requirementId: 'wmo-voorbeeld.veiligheid.klachten', toelichting: 'Aangesloten bij een geschilleninstantie.', updatedAt: T },
      { kaderId: 'wmo-voorbeeld', requirementId: 'wmo-voorbeeld.veiligheid.meldcode', notApplicable: { reason: 'Tijdelijk geen cliënten.', decidedOn: '2025-01-01' }, updatedAt: T },
      { kaderId: 'wmo-voorbeeld', requirementId: 'wmo-voorbeeld.veiligheid.medicatie', toelichting: 'Wij geven geen medicatie.', updatedAt: T },
    ]);

    const v2: Kader = JSON.parse(JSON.stringify(v1)) as Kader;
    v2.version = '1.1';
    v2.requirements = v2.requirements.filter((r) => r.id !== 'wmo-voorbeeld.veiligheid.medicatie');
    v2.requirements.find((r) => r.id === 'wmo-voorbeeld.personeel.vog')!.text = 'Iedereen met cliëntcontact heeft een VOG (profiel 45) van hooguit twee jaar oud.';
    const analysis = await analyseKaderFile(db, serializeKader(v2));
    expect(analysis.kind).toBe('update');
    if (analysis.kind !== 'update') return;
    expect(analysis.diff.removed.map((r) => r.id)).toEqual(['wmo-voorbeeld.veiligheid.medicatie']);
    expect(analysis.diff.changed.map((c) => [c.id, c.fields])).toEqual([['wmo-voorbeeld.personeel.vog', ['tekst']]]);
    expect(analysis.diff.unchanged).toBe(2);
    // Analysing writes nothing.
    expect((await db.userKaders.get('wmo-voorbeeld'))!.kader.version).toBe('1.0');

    await replaceUserKader(db, analysis.kader);
    const row = await db.userKaders.get('wmo-voorbeeld');
    expect(row!.kader.version).toBe('1.1');
    expect(row!.history.map((h) => h.version)).toEqual(['1.0']);
    expect(row!.history[0]!.kader.requirements.some((r) => r.id === 'wmo-voorbeeld.veiligheid.medicatie')).toBe(true);
    expect(await db.assessments.count()).toBe(3);

    const out = evaluate({ peildatum: '2025-06-01', profile: (await db.organisation.get('org'))!.profile, kaders: allKaders(await db.userKaders.toArray()), people: [], documents: [], assessments: await db.assessments.toArray() });
    const meldcode = out.results.find((r) => r.requirementId === 'wmo-voorbeeld.veiligheid.meldcode')!;
    expect(meldcode).toMatchObject({ status: 'niet-van-toepassing', reason: 'Tijdelijk geen cliënten.', reasonSource: 'beoordeling' });
    expect(out.results.some((r) => r.requirementId === 'wmo-voorbeeld.veiligheid.medicatie')).toBe(false);

    // The same or an older version is refused, with a Dutch reason; nothing changes.
    const same = await analyseKaderFile(db, serializeKader(analysis.kader));
    expect(same).toMatchObject({ kind: 'refused', message: 'Je hebt dit kader al in versie 1.1. Er is niets veranderd.' });
    const older = await analyseKaderFile(db, serializeKader(v1));
    expect(older.kind === 'refused' && older.message).toContain('nieuwere versie 1.1');
    db.close();
  });

  it('refuses built-in ids and invalid files without storing anything', async () => {
    const db = await openDb();
    const builtin = { ...example(), id: 'mg-wmo' };
    builtin.requirements = builtin.requirements.map((r) => ({ ...r, id: r.id.replace('wmo-voorbeeld', 'mg-wmo') }));
    expect((await analyseKaderFile(db, serializeKader(builtin))).kind).toBe('refused');
    await expect(addUserKader(db, builtin, 'import')).rejects.toThrow(/ingebouwd kader/);
    const invalid = await analyseKaderFile(db, new TextEncoder().encode('{"id": "x"}'));
    expect(invalid.kind).toBe('invalid');
    expect(await db.userKaders.count()).toBe(0);
    db.close();
  });

  it('own requirements on a built-in kader go into its "Eigen eisen" kader; a kader in use cannot be deleted', async () => {
    const db = await openDb();
    const id = await addOwnRequirement(
      db,
      'mg-wmo',
      { sectionId: 'veiligheid', text: 'Er is een AED-protocol.', sourceRef: { section: 'Eigen eis', bullet: '1' }, scope: { level: 'organisatie' }, evidence: [] },
      'Veiligheid',
    );
    expect(id).toBe('mg-wmo-eigen.veiligheid.er-is-een-aed-protocol');
    expect((await db.userKaders.get('mg-wmo-eigen'))!.kader.sections).toEqual([{ id: 'veiligheid', title: 'Veiligheid' }]);
    await saveOpdrachtgever(db, { name: 'Gemeente Oss', kind: 'gemeente', kaderIds: ['mg-wmo', 'mg-wmo-eigen'] });
    await expect(deleteUserKader(db, 'mg-wmo-eigen')).rejects.toThrow(/Gemeente Oss/);
    db.close();
  });
});

describe('backups with user kaders and opdrachtgevers', () => {
  it('round trip keeps them; an old backup without them restores', async () => {
    const db = await openDb();
    await addUserKader(db, example(), 'import');
    await saveOpdrachtgever(db, { name: 'Gemeente Voorbeeld', kind: 'gemeente', contractStart: '2025-01-01', contractEnd: '2026-12-31', contact: 'Team Wmo', kaderIds: ['wmo-voorbeeld'] });
    const before = { kaders: await db.userKaders.toArray(), opdrachtgevers: await db.opdrachtgevers.toArray() };
    const { blob } = await exportBackup(db, { appVersion: '0.1.0' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    await db.userKaders.clear();
    await db.opdrachtgevers.clear();
    const result = await restoreBackup(db, bytes);
    expect(result.ok).toBe(true);
    expect(await db.userKaders.toArray()).toEqual(before.kaders);
    expect(await db.opdrachtgevers.toArray()).toEqual(before.opdrachtgevers);
    db.close();
  });

  it('a schema-2 backup with custom requirements restores, and they arrive in the "Eigen eisen" kader', async () => {
    const db = await openDb();
    const requirement = {
      id: 'eigen.aa11bb22',
      sectionId: 'veiligheid',
      text: 'Er is een AED binnen vier minuten bereikbaar.',
      sourceRef: { section: 'Eigen eis', bullet: 'toegevoegd op 2025-01-01' },
      scope: { level: 'organisatie' },
      evidence: [],
    };
    const { bytes } = await buildBackupBytes({
      appVersion: '0.1.0',
      schemaVersion: 2,
      createdAt: T,
      tables: {
        organisation: [org],
        people: [],
        documents: [],
        assessments: [{ kaderId: 'mg-wmo', requirementId: 'eigen.aa11bb22', manual: { verdict: 'voldaan', decidedOn: '2025-01-02' }, updatedAt: T }],
        customRequirements: [{ id: 'eigen.aa11bb22', kaderId: 'mg-wmo', requirement, createdAt: T }],
      },
      contents: [],
      readContent: async () => new Uint8Array(),
    });
    const result = await restoreBackup(db, bytes);
    expect(result).toMatchObject({ ok: true, migratedFrom: 2 });
    expect((await db.userKaders.get('mg-wmo-eigen'))!.kader.requirements.map((r) => r.id)).toEqual(['mg-wmo-eigen.veiligheid.aa11bb22']);
    expect(await db.assessments.get(['mg-wmo-eigen', 'mg-wmo-eigen.veiligheid.aa11bb22'])).toMatchObject({ manual: { verdict: 'voldaan' } });
    expect(await db.customRequirements.count()).toBe(0);
    expect((await db.organisation.get('org'))!.profile.kaderIds).toEqual(['mg-wmo', 'mg-wmo-eigen']);
    db.close();
  });
});
