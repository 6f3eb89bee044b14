import { describe, expect, it } from 'vitest';
import { getEvidenceType } from '../../../shared/evidence';
import { proposeDocument } from '../../../shared/reading';
import { effectiveValues, missingField, storeMeta } from '../../../renderer/src/features/documents/import-queue/draft';

const people = [{ id: 'p-sanne', name: 'Sanne de Vries' }];
const vogText = 'Verklaring Omtrent het Gedrag. Naam: Sanne de Vries. Screeningsprofiel 45. Datum afgifte: 15-12-2025';
const proposal = proposeDocument({ text: vogText, fileName: 'vog.pdf', people, today: '2026-01-10' });

describe('import queue drafts over proposals', () => {
  it('untouched fields follow the proposal and say where it came from', () => {
    const { values, proposed } = effectiveValues(proposal, {});
    expect(values).toMatchObject({ typeKey: 'vog', personId: 'p-sanne', issueDate: '2025-12-15', details: { profiles: ['45'] } });
    expect(proposed.issueDate).toBe('bij "datum afgifte"');
    expect(missingField(values, '2026-01-10')).toBeUndefined();
  });

  it("the user's own values win, also an emptied field, and are no longer marked as proposed", () => {
    const { values, proposed } = effectiveValues(proposal, { issueDate: '', details: { profiles: undefined } });
    expect(values.issueDate).toBe('');
    expect(values.details).toEqual({});
    expect(proposed.issueDate).toBeUndefined();
    expect(missingField(values, '2026-01-10')).toBe('Vul "Datum van afgifte" in.');
  });

  it('changing the type drops the details proposed for the other type, and the person for an organisation document', () => {
    const { values } = effectiveValues(proposal, { typeKey: 'meldcode' });
    expect(values.details).toEqual({});
    expect(values.personId).toBe('');
  });

  it('nothing proposed: the first missing field is the type, then the person', () => {
    expect(missingField(effectiveValues(undefined, {}).values)).toBe('Kies de soort bewijs.');
    expect(missingField(effectiveValues(undefined, { typeKey: 'bhv' }).values)).toBe('Kies bij wie dit document hoort.');
  });

  it('a future issue date the user typed is refused with the Dutch message', () => {
    const { values } = effectiveValues(proposal, { issueDate: '2026-05-01' });
    expect(missingField(values, '2026-01-10')).toMatch(/ligt in de toekomst/);
  });

  it('stores only the fields the type uses, with the type label as title', () => {
    const { values } = effectiveValues(proposal, { details: { unknown: 'x' } });
    expect(storeMeta(getEvidenceType('vog')!, values)).toEqual({
      evidenceType: 'vog',
      personId: 'p-sanne',
      title: 'VOG',
      issueDate: '2025-12-15',
      details: { profiles: ['45'] },
      links: [],
    });
  });
});
