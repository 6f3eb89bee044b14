import { describe, expect, it } from 'vitest';
import { parseDateInput, validateDocumentDates } from '../../../shared/files';
import { formatDateNl as formatDutchDate, todayInAmsterdam } from '../../../shared/dates';

const today = '2025-06-15';

describe('validateDocumentDates', () => {
  it('accepts normal dates, including an expiry date in the past', () => {
    expect(validateDocumentDates({ issueDate: '2024-01-10', validUntil: '2027-01-10' }, { today })).toEqual([]);
    expect(validateDocumentDates({ issueDate: '2019-01-10', validUntil: '2022-01-10' }, { today })).toEqual([]);
    expect(validateDocumentDates({ issueDate: today }, { today })).toEqual([]);
    expect(validateDocumentDates({}, { today })).toEqual([]);
    expect(validateDocumentDates({ issueDate: '', validUntil: '  ' }, { today })).toEqual([]);
  });

  it('refuses an issue date in the future', () => {
    expect(validateDocumentDates({ issueDate: '2025-06-16' }, { today })).toEqual([
      {
        field: 'issueDate',
        code: 'future',
        message: 'De afgiftedatum 16-06-2025 ligt in de toekomst (vandaag is 15-06-2025). Vul de datum in waarop het document is afgegeven.',
      },
    ]);
  });

  it('refuses dates before 1950 and absurdly late dates', () => {
    const [early] = validateDocumentDates({ issueDate: '1949-12-31' }, { today });
    expect(early).toMatchObject({ field: 'issueDate', code: 'too-early' });
    expect(early!.message).toContain('31-12-1949 ligt vóór 01-01-1950');
    expect(validateDocumentDates({ validUntil: '2205-01-01' }, { today })[0]).toMatchObject({ field: 'validUntil', code: 'too-late' });
  });

  it('refuses an issue date after the expiry date', () => {
    expect(validateDocumentDates({ issueDate: '2025-03-01', validUntil: '2025-02-01' }, { today })).toEqual([
      {
        field: 'validUntil',
        code: 'issue-after-expiry',
        message: 'De einddatum 01-02-2025 ligt vóór de afgiftedatum 01-03-2025. Controleer beide datums.',
      },
    ]);
  });

  it('refuses impossible dates with the reason', () => {
    expect(validateDocumentDates({ issueDate: '2025-02-30' }, { today })).toEqual([
      { field: 'issueDate', code: 'impossible', message: 'De afgiftedatum 30-02-2025 bestaat niet: februari 2025 heeft 28 dagen.' },
    ]);
    expect(validateDocumentDates({ validUntil: '2024-02-29' }, { today })).toEqual([]);
    expect(validateDocumentDates({ validUntil: '2023-02-29' }, { today })[0]!.message).toContain('februari 2023 heeft 28 dagen');
    expect(validateDocumentDates({ validUntil: '2025-13-01' }, { today })[0]!.message).toContain('er is geen maand 13');
    expect(validateDocumentDates({ issueDate: '15-06-2025' }, { today })[0]).toMatchObject({ code: 'invalid' });
  });
});

describe('parseDateInput and formatting', () => {
  it('reads dd-mm-jjjj (and ISO) and formats back', () => {
    expect(parseDateInput('05-03-2025')).toEqual({ ok: true, date: '2025-03-05' });
    expect(parseDateInput('5/3/2025')).toEqual({ ok: true, date: '2025-03-05' });
    expect(parseDateInput('2025-03-05')).toEqual({ ok: true, date: '2025-03-05' });
    expect(parseDateInput('31-04-2025')).toEqual({ ok: false, message: 'De datum 31-04-2025 bestaat niet: april 2025 heeft 30 dagen.' });
    expect(parseDateInput('morgen').ok).toBe(false);
    expect(formatDutchDate('2025-03-05')).toBe('05-03-2025');
  });

  it('takes today in Europe/Amsterdam, not UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(todayInAmsterdam(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
    expect(todayInAmsterdam(new Date('2025-06-30T21:59:00Z'))).toBe('2025-06-30');
  });
});
