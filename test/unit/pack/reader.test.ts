/**
 * The pack as its reader sees it (issue 18): requirements named as the kader names them, a reason for every
 * status but "in orde", counts that add up whatever the selection, every stored document accounted for, no
 * internal id in the PDF's text or the ZIP's names, and the PDF's properties and bookmarks.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import { BUILTIN_KADERS } from '../../../shared/kaders';
import type { EvidenceDocument } from '../../../shared/model';
import {
  buildEvidencePack,
  buildPackZip,
  zipBytes,
  joinParts,
  packModelFromEngine,
  selectForPack,
  summaryCounts,
  summaryText,
  type PackInclude,
  type PackModel,
  type PackOptions,
} from '../../../shared/pack';
import { agencyInput } from '../engine/scenario';
import { loadFonts, makePdf, sha256Hex } from './fixtures';

const has = (bin: string, arg = '-v') => spawnSync(bin, [arg]).error === undefined;
const toolsMissing = !has('pdftotext') || !has('qpdf', '--version');

let model: PackModel;
let internalIds: string[];
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'km-reader-'));
  const base = agencyInput();
  // Titled as the app stores them (the engine quotes a document's title in its explanations).
  const input = { ...base, documents: base.documents.map((d, i) => ({ ...d, title: `Bewijsstuk ${i + 1}` })) };
  const output = evaluate(input);
  const files = new Map<string, Uint8Array>();
  const documents: EvidenceDocument[] = [];
  for (const d of input.documents) {
    const bytes = await makePdf(`Document ${documents.length + 1}`, 1);
    files.set(d.id, bytes);
    documents.push({
      id: d.id,
      evidenceType: d.evidenceType,
      personId: d.personId,
      title: d.title as string,
      fileName: `bestand-${documents.length + 1}.pdf`,
      mimeType: 'application/pdf',
      fileKind: 'pdf',
      mergeable: true,
      size: bytes.length,
      sha256: sha256Hex(bytes),
      issueDate: d.issueDate,
      validUntil: d.validUntil,
      details: d.details ?? {},
      links: d.links ?? [],
      versionGroup: d.versionGroup ?? d.id,
      supersededBy: d.supersededBy,
      createdAt: '2025-01-01T00:00:00Z',
    });
  }
  model = packModelFromEngine({
    output,
    kaders: BUILTIN_KADERS,
    organisation: { name: 'Zorgbureau De Eendracht' },
    documents,
    files,
    profile: input.profile,
    generatedAt: '2025-09-01T10:00:00Z',
    appVersion: '0.1.0',
  });
  // Document ids of this scenario are short ("d1"); the app's are long. Only those that cannot occur by chance.
  internalIds = [...new Set(output.results.map((r) => r.requirementId)), ...documents.map((d) => d.id).filter((id) => id.length >= 6), ...output.kaders.map((k) => k.id)];
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('requirements in the reader’s words', () => {
  it('names every requirement as the kader does and gives a reason for every status but in orde', () => {
    const entries = model.sections.flatMap((s) => s.entries);
    expect(entries.length).toBeGreaterThan(20);
    for (const e of entries) {
      expect(e.label).toMatch(/^(\S.* [0-9IVP][0-9a-z.,\s]*|Eigen eis \d+)$/);
      for (const id of internalIds) expect(e.label).not.toContain(id);
      if (e.status === 'not-applicable') {
        expect(e.notApplicableReason, e.id).toBeTruthy();
        expect(e.notApplicableReason).not.toMatch(/intake|\bje\b|\bjouw?\b/);
      } else if (e.status !== 'met') {
        expect(e.statusReason, `${e.id} ${e.statusLabel}`).toBeTruthy();
        expect(e.statusReason).not.toMatch(/^(Upload|Voeg|Vernieuw|Herzie)/);
      }
    }
    // One name, one requirement: the meldcode and its application share a bullet in the kader (issue 18).
    for (const kaderId of new Set(model.sections.map((s) => s.kaderId))) {
      const labels = model.sections.filter((s) => s.kaderId === kaderId).flatMap((s) => s.entries.map((e) => e.label));
      expect(new Set(labels).size, kaderId).toBe(labels.length);
    }
    const meldcode = entries.filter((e) => e.id.startsWith('mg-wmo.veiligheid.meldcode')).map((e) => e.label);
    expect(meldcode).toEqual(['Veiligheid 1a', 'Veiligheid 1b']);
    // The intake's rule is worded as the provider says it.
    const vervoer = entries.find((e) => e.id === 'mg-wmo.veiligheid.vervoer');
    if (vervoer?.status === 'not-applicable') expect(vervoer.notApplicableReason).toBe('Wij bieden geen vervoer van cliënten.');
    // Something expired says which document and when.
    expect(entries.some((e) => /was geldig tot en met \d{2}-\d{2}-\d{4}/.test(e.statusReason ?? ''))).toBe(true);
  });
});

describe('counts whatever the selection', () => {
  const options: PackOptions[] = [];
  for (const include of ['all', 'met', 'attention', 'no-personal'] as PackInclude[]) {
    for (const personal of [true, false]) options.push({ include, personal });
  }
  options.push({ include: 'all', kaderIds: ['mg-wmo'] }, { include: 'met', kaderIds: ['wlz-thuis'] }, { include: 'all', excludeDocumentIds: ['__first__'] });

  for (const o of options) {
    it(`summary and documents add up: ${JSON.stringify(o)}`, () => {
      const opts = o.excludeDocumentIds ? { ...o, excludeDocumentIds: [model.attachments[0]!.documentId] } : o;
      const s = selectForPack(model, opts);
      const chosen = model.sections.filter((x) => !opts.kaderIds || opts.kaderIds.includes(x.kaderId)).flatMap((x) => x.entries);
      const c = summaryCounts(s);
      // The summary counts every requirement of the chosen kaders, not only those in the pack.
      expect(c.total).toBe(chosen.length);
      expect(c.applicable).toBe(chosen.filter((e) => e.status !== 'not-applicable').length);
      expect(c.met).toBe(chosen.filter((e) => e.status === 'met' || e.status === 'expiring').length);
      const inPack = s.sections.flatMap((x) => x.entries);
      expect(c.inPack).toBe(inPack.length);
      if (opts.include === 'met') expect(inPack.every((e) => e.status === 'met' || e.status === 'expiring')).toBe(true);
      if (opts.include === 'attention') expect(inPack.every((e) => ['expiring', 'partial', 'not-met'].includes(e.status))).toBe(true);
      const text = summaryText(s).join(' ');
      expect(text).toContain(`wordt aan ${c.met} van de ${c.applicable} eisen die van toepassing zijn voldaan`);
      if (c.omitted > 0) expect(text).toContain(`${c.inPack} van de ${c.total} eisen`);
      else expect(text).not.toContain('niet in dit pakket');
      // Every stored document is in the pack or left out with a reason; the cover's numbers add up.
      expect(s.attachments.length + s.leftOut.length).toBe(s.storedCount);
      expect(s.storedCount).toBe(model.documents!.length);
      for (const d of s.leftOut) expect(d.reason.length).toBeGreaterThan(10);
      const withoutPersonal = opts.personal === false || opts.include === 'no-personal';
      if (withoutPersonal) expect(s.attachments.every((a) => !a.personal)).toBe(true);
      if (opts.excludeDocumentIds) {
        expect(s.leftOut.find((d) => d.documentId === opts.excludeDocumentIds![0])?.code).toBe('unpicked');
      }
    });
  }
});

describe('a pack for chosen persons', () => {
  const personOptions: PackOptions[] = [
    { personIds: ['p02'] },
    { personIds: ['p02', 'p05'], include: 'met' },
    { personIds: ['p03'], include: 'attention', kaderIds: ['mg-wmo'] },
    { personIds: ['p02'], personal: false },
    { personIds: [] },
  ];
  for (const o of personOptions) {
    it(`counts all staff, attaches only the chosen persons’ documents: ${JSON.stringify(o)}`, () => {
      const chosen = new Set(o.personIds);
      const s = selectForPack(model, o);
      const whole = selectForPack(model, { ...o, personIds: undefined });
      // Counts and statuses are the whole organisation's: the same as without a person choice.
      expect(summaryCounts(s)).toEqual(summaryCounts(whole));
      expect(s.sections.flatMap((x) => x.entries.map((e) => [e.id, e.status, e.statusLabel]))).toEqual(
        whole.sections.flatMap((x) => x.entries.map((e) => [e.id, e.status, e.statusLabel])),
      );
      // Documents: only the chosen persons' personal documents, in the entries and as attachments.
      const personOf = new Map(model.documents!.map((d) => [d.documentId, d.personId]));
      const owner = (id: string) => personOf.get(id);
      for (const a of s.attachments) if (owner(a.documentId)) expect(chosen.has(owner(a.documentId)!), a.title).toBe(true);
      for (const e of s.sections.flatMap((x) => x.entries)) {
        for (const d of e.documents) if (d.personId) expect(chosen.has(d.personId), d.title).toBe(true);
      }
      // Organisation documents stay as they are.
      expect(s.attachments.filter((a) => !a.personal).map((a) => a.documentId)).toEqual(whole.attachments.filter((a) => !a.personal).map((a) => a.documentId));
      // Every other person's document that would be attached is left out with the reader's reason (all
      // personal ones with personal: false, as before); the numbers add up.
      const others = selectForPack(model, { ...o, personIds: undefined, personal: true }).attachments.filter((a) => a.personId && !chosen.has(a.personId));
      expect(others.length).toBeGreaterThan(0);
      for (const a of others) {
        expect(s.leftOut.find((d) => d.documentId === a.documentId)).toMatchObject(
          o.personal === false
            ? { code: 'personal' }
            : { code: 'other-person', reason: 'Persoonlijk document van een medewerker die niet voor dit pakket is gekozen.' },
        );
      }
      expect(s.attachments.length + s.leftOut.length).toBe(s.storedCount);
      expect(s.storedCount).toBe(model.documents!.length);
      expect(new Set([...s.attachments, ...s.leftOut].map((d) => d.documentId)).size).toBe(s.storedCount);
      expect(s.omittedOtherPersons).toBe(s.leftOut.filter((d) => d.code === 'other-person').length);
      // The staff matrix shows the chosen persons' rows only.
      for (const r of s.staffMatrix?.rows ?? []) expect(chosen.has(r.personId!)).toBe(true);
      // The summary says how many of how many persons, by name.
      const total = model.persons!.length;
      expect(total).toBe(9); // p10 left before the peildatum
      const text = summaryText(s).join(' ');
      const names = model.persons!.filter((p) => chosen.has(p.id)).map((p) => p.name);
      if (names.length > 0) {
        expect(text).toContain(`Medewerkers in dit pakket: ${names.length} van de ${total} medewerkers (${names.join(', ')}).`);
      } else {
        expect(text).toContain(`Medewerkers in dit pakket: geen van de ${total} medewerkers.`);
      }
      expect(text).toContain('de tellingen en statussen gelden voor alle medewerkers');
      if (o.personal === false) expect(s.leftOut.some((d) => d.code === 'other-person')).toBe(false);
    });
  }

  it('says nothing about persons without a person choice', () => {
    const s = selectForPack(model, {});
    expect(s.persons).toBeUndefined();
    expect(summaryText(s).join(' ')).not.toContain('Medewerkers in dit pakket');
    expect(s.leftOut.some((d) => d.code === 'other-person')).toBe(false);
  });
});

describe.skipIf(toolsMissing)('the built pack', () => {
  let pdfPath: string;
  let zipNames: string[];
  beforeAll(async () => {
    const result = await buildEvidencePack(model, { fonts: loadFonts(), include: 'met' });
    pdfPath = join(dir, 'pakket.pdf');
    writeFileSync(pdfPath, joinParts(result.pdf));
    if (process.env.KM_KEEP_PDF) writeFileSync(process.env.KM_KEEP_PDF, joinParts(result.pdf));
    zipNames = Object.keys(unzipSync(await zipBytes((await buildPackZip(model, result, { include: 'met' })).zip)));
  }, 180_000);

  it('has no internal id in its text or in the ZIP’s names', () => {
    const text = spawnSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).stdout;
    const first = selectForPack(model, { include: 'met' }).sections[0]!.entries[0]!;
    expect(text).toContain(first.label);
    for (const id of internalIds) {
      expect(text, id).not.toContain(id);
      for (const name of zipNames.filter((n) => n !== 'manifest.json')) expect(name, id).not.toContain(id);
    }
  });

  it('states what it is and for which peildatum on page 1, with properties and bookmarks', () => {
    const first = spawnSync('pdftotext', ['-f', '1', '-l', '1', pdfPath, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(first).toContain('Dit is het bewijspakket van Zorgbureau De Eendracht');
    expect(first).toContain('op de peildatum 01-09-2025');
    const json = JSON.parse(spawnSync('qpdf', ['--json', '--json-key=outlines', '--json-key=qpdf', pdfPath], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).stdout);
    const titles: string[] = [];
    const walk = (items: { title: string; kids: unknown[] }[]) => items.forEach((i) => (titles.push(i.title), walk(i.kids as never)));
    walk(json.outlines);
    expect(titles).toContain('Samenvatting');
    expect(titles).toContain('Manifest');
    expect(titles.some((t) => /^Bijlage 1: /.test(t))).toBe(true);
    const firstEntry = selectForPack(model, { include: 'met' }).sections[0]!.entries[0]!;
    expect(titles.some((t) => t.startsWith(`${firstEntry.label} `))).toBe(true);
    const info = spawnSync('pdfinfo', [pdfPath], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Title:\s+Bewijspakket Zorgbureau De Eendracht — peildatum 01-09-2025/);
    expect(info).toMatch(/Author:\s+Zorgbureau De Eendracht/);
    expect(info).toMatch(/Subject:\s+Dit is het bewijspakket/);
    expect(info).toMatch(/CreationDate:/);
    const objects = JSON.stringify(json.qpdf);
    expect(objects).toContain('"/Lang":"u:nl-NL"');
  });
});

describe.skipIf(toolsMissing)('a built pack for one person', () => {
  let text: string;
  let layoutText: string;
  let manifest: { personIds?: string[]; nietOpgenomen: { documentId: string; code: string; reden: string }[]; attachments: { documentId: string }[] };
  beforeAll(async () => {
    const options: PackOptions = { personIds: ['p02'], kaderIds: ['mg-wmo'] };
    const result = await buildEvidencePack(model, { fonts: loadFonts(), ...options });
    const path = join(dir, 'pakket-bram.pdf');
    writeFileSync(path, joinParts(result.pdf));
    if (process.env.KEEP_PACK) writeFileSync(process.env.KEEP_PACK, joinParts(result.pdf));
    layoutText = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;
    text = layoutText.replace(/\s+/g, ' ');
    const files = unzipSync(await zipBytes((await buildPackZip(model, result, options)).zip));
    manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
  }, 180_000);

  it('names the choice on the cover and in the summary, and lists the others’ documents on “Niet opgenomen”', () => {
    expect(text).toContain('Inhoud Alle eisen, 1 van de 9 medewerkers (Bram de Vries)');
    expect(text).toContain('Medewerkers in dit pakket: 1 van de 9 medewerkers (Bram de Vries).');
    const s = selectForPack(model, { personIds: ['p02'], kaderIds: ['mg-wmo'] });
    const others = s.leftOut.filter((d) => d.code === 'other-person');
    expect(others.length).toBeGreaterThan(1);
    const other = others[0]!;
    const notIncluded = text.slice(text.search(/Niet opgenomen Van de/));
    // Counted on one row with the reason, never by title or file name (a VOG's title names its holder).
    expect(notIncluded).toContain(`${others.length} persoonlijke documenten`);
    expect(notIncluded).toContain('Titels en bestandsnamen staan niet in dit pakket');
    expect(notIncluded).toContain('Persoonlijk document van een medewerker die niet voor dit');
    for (const d of others) {
      expect(text).not.toContain(d.fileName);
      expect(text).not.toMatch(new RegExp(`${d.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\d)`));
    }
    // No colleague is named anywhere: not in the matrix, the reasons, the remarks or the left-out page.
    for (const p of model.persons!.filter((x) => x.id !== 'p02')) expect(text, p.name).not.toContain(p.name);
    expect(text).toMatch(/Bij \d+ andere medewerkers? \(niet in dit pakket\) is deze eis ook nog niet in orde\./);
    // The person ids are in the manifest only, never in the text.
    expect(manifest.personIds).toEqual(['p02']);
    expect(manifest.nietOpgenomen.find((d) => d.documentId === other.documentId)).toEqual({ documentId: other.documentId, code: 'other-person', reden: other.reason });
    expect(manifest.attachments.some((a) => a.documentId === other.documentId)).toBe(false);
    expect(text).not.toMatch(/\bp0\d\b/);
  });
});
