import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import { BUILTIN_KADERS } from '../../../shared/kaders';
import { getEvidenceType } from '../../../shared/evidence';
import type { EvidenceDocument } from '../../../shared/model';
import { buildEvidencePack, packModelFromEngine } from '../../../shared/pack';
import { agencyInput } from '../engine/scenario';
import { PDF_NOTES } from '../../../shared/files/pdf-import';
import { loadFonts, makePdf, sha256Hex } from './fixtures';

describe('packModelFromEngine', () => {
  it('maps engine results, the proving revisions and the staff matrix onto a PackModel', { timeout: 120_000 }, async () => {
    const input = agencyInput();
    const output = evaluate(input);
    const files = new Map<string, Uint8Array>();
    const documents: EvidenceDocument[] = [];
    for (const d of input.documents) {
      const bytes = await makePdf(d.id, 1);
      files.set(d.id, bytes);
      documents.push({
        id: d.id,
        evidenceType: d.evidenceType,
        personId: d.personId,
        title: d.title ?? `${d.evidenceType} ${d.personId ?? 'organisatie'}`,
        fileName: `${d.id}.pdf`,
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
        createdAt: '2025-01-01T00:00:00Z',
        // Some were accepted as repaired on import: the pack recovers their content (issue 19).
        ...(documents.length % 2 === 0 ? { fileNote: PDF_NOTES.repaired } : {}),
      });
    }
    const model = packModelFromEngine({
      output,
      kaders: BUILTIN_KADERS,
      organisation: { name: 'Zorgbureau Eëndracht' },
      documents,
      files,
      // The CRC-32 stored with each file (gather-pack-model.ts passes those of the document's own bytes).
      fileCrc32s: new Map(documents.map((d, i) => [d.id, 1000 + i])),
      assessments: [{ kaderId: output.kaders[0]!.id, requirementId: output.results[0]!.requirementId, toelichting: 'Zo doen wij het.' }],
      generatedAt: '2025-09-01T10:00:00Z',
      appVersion: '0.1.0',
    });

    expect(model.peildatum).toBe('2025-09-01');
    expect(model.kaders.map((k) => k.id)).toEqual(output.kaders.map((k) => k.id));
    // One entry per requirement, in kader/section order, with a Dutch source reference.
    const entries = model.sections.flatMap((s) => s.entries);
    const requirementCount = new Set(output.results.map((r) => `${r.kaderId}:${r.requirementId}`)).size;
    expect(entries).toHaveLength(requirementCount);
    expect(entries[0]?.toelichting).toBe('Zo doen wij het.');
    // No invented dates: a date not printed on the document says it was computed, or that it is a review date.
    const refs = entries.flatMap((e) => e.documents);
    for (const ref of refs) {
      const stored = documents.find((d) => d.id === ref.documentId)!;
      if (ref.validUntil && ref.validUntil !== stored.validUntil) expect(ref.validUntilBasis, ref.title).toMatch(/^(berekend|herziening)$/);
      if (ref.validUntil === stored.validUntil) expect(ref.validUntilBasis).toBeUndefined();
    }
    expect(refs.some((r) => r.validUntilBasis === 'herziening')).toBe(true);
    for (const e of entries.filter((x) => x.documents.some((d) => d.validUntilBasis === 'herziening') && x.status === 'met')) {
      expect(e.statusLabel).not.toContain('geldig t/m');
    }
    // The late VOG of p04 is in order with the engine's remark, named for the reader with the person (issue 13.6, 18.2).
    const remarked = entries.filter((e) => e.remark);
    expect(remarked.length).toBeGreaterThan(0);
    expect(remarked[0]!.remark).toMatch(/^.+: Bij de start op \d\d-\d\d-\d{4} was er geen geldige VOG; in orde sinds de afgifte op /);
    for (const e of entries) expect(e.sourceRef).toMatch(/ — /);
    // Person-scoped requirements aggregate their people.
    expect(entries.some((e) => /van \d+ personen in orde/.test(e.statusLabel))).toBe(true);
    // Only documents the engine says prove something on the peildatum are attached.
    const proving = new Set(output.results.flatMap((r) => r.documentIds));
    expect(model.attachments.length).toBeGreaterThan(0);
    for (const a of model.attachments) expect(a.crc32).toBe(1000 + documents.findIndex((d) => d.id === a.documentId));
    for (const a of model.attachments) {
      expect(proving.has(a.documentId)).toBe(true);
      expect(a.personal).toBe(documents.find((d) => d.id === a.documentId)?.personId !== undefined);
      expect(a.repairContent === true).toBe(documents.find((d) => d.id === a.documentId)?.fileNote !== undefined);
    }
    const cited = new Set(entries.flatMap((e) => e.documents.map((d) => d.documentId)));
    expect([...cited].sort()).toEqual([...proving].sort());
    // "Geldig tot" is the engine's last valid day (issue date + period, or an earlier own date), not only a typed-in date.
    for (const e of entries) {
      for (const ref of e.documents) {
        const d = documents.find((x) => x.id === ref.documentId)!;
        const type = getEvidenceType(d.evidenceType);
        if (type?.validity.months !== undefined && d.issueDate && !d.validUntil) expect(ref.validUntil, `${e.id} ${d.id}`).toBeDefined();
        if (ref.validUntil && d.validUntil) expect(ref.validUntil <= d.validUntil).toBe(true);
      }
    }
    // Staff matrix: same people and columns as the engine's.
    expect(model.staffMatrix?.rows.map((r) => r.name)).toEqual(output.staffMatrix.rows.map((r) => r.name));
    expect(model.staffMatrix?.columns).toEqual(output.staffMatrix.columns.map((c) => c.label));

    const pack = await buildEvidencePack(model, { fonts: loadFonts(), include: 'no-personal' });
    expect(pack.skipped).toEqual([]);
    expect(pack.placed.every((p) => !model.attachments.find((a) => a.documentId === p.documentId)?.personal)).toBe(true);
  });
});
