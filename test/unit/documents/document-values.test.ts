import { describe, expect, it } from 'vitest';
import { getEvidenceType } from '../../../shared/evidence';
import { missingField, ownerOf, storeMeta, withDetail, type DocumentValues } from '../../../renderer/src/features/documents/document-values';

const vog = (over: Partial<DocumentValues> = {}): DocumentValues => ({
  typeKey: 'vog',
  personId: 'p-anna',
  title: '',
  issueDate: '2025-12-15',
  validUntil: '',
  details: {},
  ...over,
});
const people = [
  { id: 'p-anna', name: 'Anna', clientContact: true },
  { id: 'p-bert', name: 'Bert', clientContact: false },
];

describe('the values every document details form shares', () => {
  it("the VOG's profile is required for someone with client contact, not for someone without", () => {
    const anna = ownerOf(vog(), people);
    expect(anna?.name).toBe('Anna');
    expect(missingField(vog(), '2026-01-10', anna)).toMatch(/^Vul "Screeningsprofiel/);
    expect(missingField(vog({ details: { profiles: ['45'] } }), '2026-01-10', anna)).toBeUndefined();
    const bert = ownerOf(vog({ personId: 'p-bert' }), people);
    expect(missingField(vog({ personId: 'p-bert' }), '2026-01-10', bert)).toBeUndefined();
  });

  it('an organisation document has no owner, whoever was chosen before the type changed', () => {
    expect(ownerOf(vog({ typeKey: 'meldcode' }), people)).toBeUndefined();
    expect(ownerOf(vog({ typeKey: 'onbekend' }), people)).toBeUndefined();
  });

  it('a future issue date and an end before the issue date are refused in Dutch', () => {
    expect(missingField(vog({ personId: 'p-bert', issueDate: '2026-05-01' }), '2026-01-10')).toMatch(/ligt in de toekomst/);
    const bhv = { typeKey: 'bhv', personId: 'p-bert', title: '', issueDate: '2025-03-14', validUntil: '2025-03-01', details: {} };
    expect(missingField(bhv, '2026-01-10')).toMatch(/ligt vóór de afgiftedatum/);
  });

  it('a cleared detail is removed, not kept as undefined', () => {
    const details = withDetail({ profiles: ['45'], functieaspecten: 'x' }, 'functieaspecten', undefined);
    expect(details).toEqual({ profiles: ['45'] });
    expect(withDetail(details, 'functieaspecten', 'y')).toEqual({ profiles: ['45'], functieaspecten: 'y' });
  });

  it("details of a type chosen before are not stored with the new type", () => {
    const values = { typeKey: 'meldcode', personId: 'p-anna', title: ' ', issueDate: '2025-09-02', validUntil: '', details: { profiles: ['45'] } };
    expect(storeMeta(getEvidenceType('meldcode')!, values)).toEqual({
      evidenceType: 'meldcode',
      title: 'Meldcode huiselijk geweld en kindermishandeling',
      issueDate: '2025-09-02',
      details: {},
      links: [],
    });
  });
});
