import { describe, expect, it } from 'vitest';
import { buildDeadlineCalendar, dedupeDeadlines, deadlineStatusLabel } from '../../../shared/calendar';
import { evaluate } from '../../../shared/engine';
import { parseIcs } from './helpers';

/** Issue 13: documents no requirement uses are still in the calendar, and computed dates say why. */
describe('calendar export of every dated document', () => {
  const out = evaluate({
    peildatum: '2026-12-01',
    profile: { kind: 'zzp', staffCount: 1, services: ['begeleiding'], clientGroups: ['wmo'], kaderIds: ['mg-wmo'] },
    people: [{ id: 'anna', name: 'Anna de Vries', roles: [], kind: 'eigenaar', startDate: '2024-01-01', clientContact: true }],
    documents: [
      { id: 'bhv', evidenceType: 'bhv', personId: 'anna', issueDate: '2025-12-15' },
      { id: 'polis', evidenceType: 'aansprakelijkheidsverzekering', issueDate: '2020-01-01', validUntil: '2026-12-31' },
    ],
  });

  it('lists the BHV certificate and the policy, without a kader, with where the date comes from', () => {
    const items = dedupeDeadlines(out.deadlines);
    const bhv = items.find((i) => i.deadline.documentId === 'bhv')!;
    const polis = items.find((i) => i.deadline.documentId === 'polis')!;
    expect(bhv.kaderIds).toEqual([]);
    expect(polis.deadline.date).toBe('2026-12-31');
    const ics = parseIcs(buildDeadlineCalendar(items, { alarmDaysBefore: 14, now: new Date('2026-12-01T08:00:00Z') }));
    const events = ics.children.filter((c) => c.type === 'VEVENT');
    const bhvEvent = events.find((e) => e.get('SUMMARY')!.value === 'Scholing vernieuwen: BHV-certificaat – Anna de Vries')!;
    expect(bhvEvent.get('DTSTART')!.value).toBe('20261214');
    expect(bhvEvent.get('DESCRIPTION')!.value).toContain('(berekend: BHV-certificaat 1 jaar geldig (NIBHV))');
    expect(bhvEvent.get('DESCRIPTION')!.value).toContain('Telt voor geen eis van je kwaliteitskaders');
    const polisEvent = events.find((e) => e.get('SUMMARY')!.value === 'Verloopt: Aansprakelijkheidsverzekering')!;
    expect(polisEvent.get('DTSTART')!.value).toBe('20261231');
  });

  it('words a policy review as a review, not an expiry', () => {
    expect(deadlineStatusLabel('herziening', 'verloopt-binnenkort')).toBe('Herziening binnenkort');
    expect(deadlineStatusLabel('verloopdatum', 'verloopt-binnenkort')).toBe('Verloopt binnenkort');
  });
});
