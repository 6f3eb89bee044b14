import { describe, expect, it } from 'vitest';
import { DEADLINE_KIND_LABELS, STATUSES, STATUS_LABELS, evaluate, worstStatus } from '../../../shared/engine';
import { person, profile, run } from './fixtures';

describe('labels and helpers', () => {
  it('has a Dutch label for every status', () => {
    expect(STATUSES.map((s) => STATUS_LABELS[s])).toEqual(['In orde', 'Verloopt binnenkort', 'Verlopen', 'Ontbreekt', 'Niet van toepassing', 'Handmatig beoordeeld']);
    expect(DEADLINE_KIND_LABELS.start).toBe('Nodig vóór de start');
  });

  it('orders statuses by severity', () => {
    expect(worstStatus(['in-orde', 'verlopen', 'verloopt-binnenkort'])).toBe('verlopen');
    expect(worstStatus(['verlopen', 'ontbreekt'])).toBe('ontbreekt');
    expect(worstStatus([])).toBeUndefined();
  });
});

describe('entry point', () => {
  it('rejects an invalid peildatum in Dutch', () => {
    expect(() => evaluate({ peildatum: '01-02-2025', profile: profile(), people: [], documents: [] })).toThrow("Ongeldige peildatum '01-02-2025' (verwacht jjjj-mm-dd).");
  });

  it('defaults the horizon to 60 days and evaluates the built-in kaders', () => {
    const out = run({ peildatum: '2025-01-01', people: [person({ id: 'a' })] });
    expect(out.horizonDays).toBe(60);
    expect(out.kaders.map((k) => k.id)).toEqual(['mg-wmo']);
    expect(out.results.every((r) => r.key === `${r.kaderId}:${r.requirementId}:${r.personId ?? 'org'}`)).toBe(true);
    expect(new Set(out.results.map((r) => r.key)).size).toBe(out.results.length);
  });

  it('has one result per requirement, or per person in scope', () => {
    const out = run({ peildatum: '2025-01-01', profile: profile({ kaderIds: ['mg-wmo', 'wlz-thuis'] }), people: [person({ id: 'a', roles: ['bhv', 'verpleegkundige', 'evv'] })] });
    const reqIds = new Set(out.results.map((r) => r.requirementId));
    expect(reqIds.size).toBe(69 + 25);
  });
});
