import { describe, expect, it } from 'vitest';
import {
  addDaysIso,
  addMonthsIso,
  daysBetween,
  formatDateNl,
  isIsoDate,
  parseDateNl,
  parseIsoDate,
  subMonthsIso,
  todayInAmsterdam,
  validThroughAfterMonths,
} from '../../../shared/dates';

describe('date helpers', () => {
  it('formats ISO dates as dd-mm-jjjj and back', () => {
    expect(formatDateNl('2025-03-07')).toBe('07-03-2025');
    expect(parseDateNl('07-03-2025')).toBe('2025-03-07');
    expect(parseDateNl('7-3-2025')).toBe('2025-03-07');
    expect(parseDateNl('29-02-2023')).toBeUndefined();
    expect(parseDateNl('2025-03-07')).toBeUndefined();
    // Never throws on stored data (issue #14): a bad value is shown, marked, instead of blanking the screen.
    expect(formatDateNl('7-3-2025')).toBe('ongeldige datum (7-3-2025)');
    expect(formatDateNl(undefined as unknown as string)).toBe('ongeldige datum (undefined)');
  });

  it('knows real calendar days, including leap days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
    expect(() => parseIsoDate('2023-02-29')).toThrow();
  });

  it('adds and subtracts months with clamping to the end of the month', () => {
    expect(addMonthsIso('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
    expect(subMonthsIso('2024-05-31', 3)).toBe('2024-02-29');
    expect(subMonthsIso('2025-05-31', 3)).toBe('2025-02-28');
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysIso('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('computes the last valid day after a period', () => {
    expect(validThroughAfterMonths('2024-03-01', 12)).toBe('2025-02-28');
    expect(validThroughAfterMonths('2023-03-01', 12)).toBe('2024-02-29');
    expect(validThroughAfterMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(validThroughAfterMonths('2024-02-29', 48)).toBe('2028-02-28');
    expect(validThroughAfterMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(validThroughAfterMonths('2025-06-15', 24)).toBe('2027-06-14');
  });

  it('counts calendar days across DST changes', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
    expect(daysBetween('2025-01-10', '2025-01-01')).toBe(-9);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('gives today in Europe/Amsterdam, not UTC', () => {
    expect(todayInAmsterdam(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(todayInAmsterdam(new Date('2025-06-30T21:59:00Z'))).toBe('2025-06-30');
    expect(todayInAmsterdam(new Date('2025-06-30T22:00:00Z'))).toBe('2025-07-01');
  });
});
