import { describe, expect, it } from 'vitest';
import {
  CREDENTIALS,
  DIPLOMA_KINDS,
  EVIDENCE_TYPES,
  KEURMERK_KINDS,
  MG_WMO_DIPLOMA_KINDS,
  MG_WMO_KEURMERK_KINDS,
  ROLES,
  ROLE_LABELS,
  evidenceFormFields,
  evidenceLabelWithArticle,
  getEvidenceType,
} from '../../../shared/evidence';

describe('evidence catalogue', () => {
  it('has unique keys and well-formed form fields', () => {
    const keys = EVIDENCE_TYPES.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of EVIDENCE_TYPES) {
      const fieldKeys = t.fields.map((f) => f.key);
      expect(new Set(fieldKeys).size, t.key).toBe(fieldKeys.length);
      for (const f of t.fields) {
        expect(f.label.length, `${t.key}.${f.key}`).toBeGreaterThan(1);
        if (f.kind === 'select' || f.kind === 'multiselect') expect(f.options?.length, `${t.key}.${f.key}`).toBeGreaterThan(0);
        else expect(f.options, `${t.key}.${f.key}`).toBeUndefined();
      }
    }
  });

  it.each([
    ['vog', undefined],
    ['diploma', undefined],
    ['big', 60],
    ['skj', 60],
    ['bhv', 12],
    ['ehbo', 24],
    ['scholing', undefined],
    ['gva', 24],
    ['aansprakelijkheidsverzekering', undefined],
    ['vertrouwenspersoon', undefined],
    ['meldcode', 12],
    ['protocol-agressie', 12],
    ['klachtenregeling-lidmaatschap', 12],
    ['kvk-uittreksel', 12],
    ['kwaliteitscertificaat', 36],
    ['tevredenheidsonderzoek', 24],
    ['risicoanalyse', 12],
    ['interne-audit', 12],
  ])('default validity of %s is %s months', (key, months) => {
    expect(getEvidenceType(key)!.validity.months).toBe(months);
  });

  it('declares the form fields the issue asks for', () => {
    expect(evidenceFormFields('vog').map((f) => f.key)).toEqual(['profiles', 'functieaspecten']);
    expect(evidenceFormFields('diploma').find((f) => f.key === 'kind')!.kind).toBe('select');
    expect(evidenceFormFields('big').map((f) => f.key)).toContain('number');
    expect(evidenceFormFields('scholing').map((f) => f.key)).toContain('subject');
    expect(evidenceFormFields('aansprakelijkheidsverzekering').find((f) => f.key === 'coverAmount')!.kind).toBe('number');
    expect(evidenceFormFields('kwaliteitscertificaat').find((f) => f.key === 'keurmerk')!.options).toBe(KEURMERK_KINDS);
    expect(getEvidenceType('kwaliteitscertificaat')!.validUntil.use).toBe('optional');
    expect(evidenceFormFields('bestaat-niet')).toEqual([]);
  });

  it('lists the diploma kinds and keurmerken that kader 003 names', () => {
    const diplomas = DIPLOMA_KINDS.map((d) => d.value as string);
    for (const k of MG_WMO_DIPLOMA_KINDS) expect(diplomas).toContain(k);
    // The seven the kader names, and hbo MWD (the same degree as Social Work: options.ts).
    expect(MG_WMO_DIPLOMA_KINDS.slice(0, 7)).toEqual(DIPLOMA_KINDS.slice(0, 7).map((d) => d.value));
    expect(MG_WMO_DIPLOMA_KINDS).toContain('mwd');
    const marks = KEURMERK_KINDS.map((d) => d.value as string);
    for (const k of MG_WMO_KEURMERK_KINDS) expect(marks).toContain(k);
    expect(MG_WMO_KEURMERK_KINDS).toHaveLength(7);
  });

  it('words types with their Dutch article', () => {
    expect(evidenceLabelWithArticle('bhv')).toBe('het BHV-certificaat');
    expect(evidenceLabelWithArticle('vog')).toBe('de VOG');
  });

  it('exports roles and staff-matrix columns with Dutch labels', () => {
    expect(ROLE_LABELS['bhv']).toBe('BHV’er');
    expect(ROLES.map((r) => r.key)).toEqual(expect.arrayContaining(['verpleegkundige', 'begeleider', 'aandachtsfunctionaris', 'klachtenfunctionaris', 'evv']));
    expect(CREDENTIALS.map((c) => c.key)).toEqual(expect.arrayContaining(['vog', 'diploma', 'bhv', 'scholing-meldcode']));
  });
});
