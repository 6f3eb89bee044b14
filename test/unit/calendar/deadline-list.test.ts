import { describe, expect, it } from 'vitest';
import {
  daysLeftText,
  deadlineStatus,
  deadlineSubject,
  dedupeDeadlines,
  filterDeadlineItems,
  groupDeadlineItems,
  monthLabelNl,
  ORGANISATION_FILTER,
} from '../../../shared/calendar';
import { doc, person, profile, run } from '../engine/fixtures';
import { deadline } from './helpers';

const anna = { personId: 'anna', personName: 'Anna de Vries' };
const bram = { personId: 'bram', personName: 'Bram Bakker' };

describe('dedupeDeadlines', () => {
  it('shows a document asked by two kaders once, naming both kaders (real engine output)', () => {
    const out = run({
      peildatum: '2026-11-23',
      profile: profile({ clientGroups: ['wmo', 'wlz'], kaderIds: ['mg-wmo', 'wlz-thuis'] }),
      documents: [doc({ id: 'plan', evidenceType: 'scholingsplan', issueDate: '2026-01-15' })],
    });
    const raw = out.deadlines.filter((d) => d.documentId === 'plan');
    expect(raw.map((d) => d.kaderId).sort()).toEqual(['mg-wmo', 'wlz-thuis']);

    const items = dedupeDeadlines(out.deadlines).filter((i) => i.deadline.documentId === 'plan');
    expect(items).toHaveLength(1);
    expect(items[0]!.kaderIds).toEqual(['mg-wmo', 'wlz-thuis']);
    expect(items[0]!.requirementKeys).toEqual(['mg-wmo:mg-wmo.personeel.scholingsplan', 'wlz-thuis:wlz-thuis.leren-en-verbeteren.scholing']);
    expect(items[0]!.deadline.date).toBe('2027-01-14');
  });

  it('keeps different documents and different dates apart, in date order', () => {
    const items = dedupeDeadlines([
      deadline({ date: '2027-03-01', documentId: 'd2', ...anna }),
      deadline({ date: '2026-12-07', documentId: 'd1', ...anna }),
      deadline({ date: '2026-12-07', documentId: 'd1', ...anna, kaderId: 'wlz-thuis', requirementId: 'x' }),
      deadline({ date: '2026-10-01', documentId: 'd3', ...bram }),
    ]);
    expect(items.map((i) => [i.key, i.kaderIds])).toEqual([
      ['doc:d3:2026-10-01', ['mg-wmo']],
      ['doc:d1:2026-12-07', ['mg-wmo', 'wlz-thuis']],
      ['doc:d2:2027-03-01', ['mg-wmo']],
    ]);
  });
});

describe('deadlineStatus', () => {
  it('is verlopen past the date, verloopt-binnenkort within the horizon, in-orde beyond it', () => {
    expect(deadlineStatus(deadline({ date: '2026-11-22' }))).toBe('verlopen');
    expect(deadlineStatus(deadline({ date: '2026-11-23' }))).toBe('verloopt-binnenkort');
    expect(deadlineStatus(deadline({ date: '2027-01-22' }))).toBe('verloopt-binnenkort'); // 60 days
    expect(deadlineStatus(deadline({ date: '2027-01-23' }))).toBe('in-orde');
    expect(deadlineStatus(deadline({ date: '2026-12-01', kind: 'start' }))).toBe('ontbreekt');
  });
});

describe('filterDeadlineItems', () => {
  const items = dedupeDeadlines([
    deadline({ date: '2026-12-07', documentId: 'a1', ...anna }),
    deadline({ date: '2026-12-08', documentId: 'b1', ...bram, kaderId: 'wlz-thuis' }),
    deadline({ date: '2026-12-09', documentId: 'o1', title: 'Herzien: Meldcode', kind: 'herziening' }),
    deadline({ date: '2026-12-09', documentId: 'o1', title: 'Herzien: Meldcode', kind: 'herziening', kaderId: 'wlz-thuis' }),
  ]);
  const keys = (f: Parameters<typeof filterDeadlineItems>[1]) => filterDeadlineItems(items, f).map((i) => i.key);

  it('without a filter keeps everything', () => {
    expect(keys({})).toEqual(['doc:a1:2026-12-07', 'doc:b1:2026-12-08', 'doc:o1:2026-12-09']);
    expect(keys({ personId: '', kaderId: '' })).toHaveLength(3);
  });
  it('filters by person, and by organisation for items without a person', () => {
    expect(keys({ personId: 'anna' })).toEqual(['doc:a1:2026-12-07']);
    expect(keys({ personId: ORGANISATION_FILTER })).toEqual(['doc:o1:2026-12-09']);
    expect(keys({ personId: 'nobody' })).toEqual([]);
  });
  it('filters by kader, matching any kader that asks for the item', () => {
    expect(keys({ kaderId: 'wlz-thuis' })).toEqual(['doc:b1:2026-12-08', 'doc:o1:2026-12-09']);
    expect(keys({ kaderId: 'mg-wmo' })).toEqual(['doc:a1:2026-12-07', 'doc:o1:2026-12-09']);
    expect(keys({ kaderId: 'wlz-thuis', personId: 'anna' })).toEqual([]);
  });
});

describe('groupDeadlineItems', () => {
  it('puts overdue items first under "Verlopen", then one group per month with Dutch names', () => {
    const items = dedupeDeadlines([
      deadline({ date: '2027-01-14', documentId: 'c' }),
      deadline({ date: '2026-12-31', documentId: 'b2' }),
      deadline({ date: '2026-11-01', documentId: 'old2' }),
      deadline({ date: '2026-12-07', documentId: 'b1' }),
      deadline({ date: '2025-06-30', documentId: 'old1' }),
      deadline({ date: '2026-11-30', documentId: 'a' }),
    ]);
    const groups = groupDeadlineItems(items);
    expect(groups.map((g) => [g.label, g.items.map((i) => i.deadline.documentId)])).toEqual([
      ['Verlopen', ['old1', 'old2']],
      ['november 2026', ['a']],
      ['december 2026', ['b1', 'b2']],
      ['januari 2027', ['c']],
    ]);
    expect(groups.map((g) => g.key)).toEqual(['verlopen', '2026-11', '2026-12', '2027-01']);
  });

  it('has no "Verlopen" group when nothing is overdue, and no groups when empty', () => {
    expect(groupDeadlineItems(dedupeDeadlines([deadline({ date: '2026-12-01' })])).map((g) => g.label)).toEqual(['december 2026']);
    expect(groupDeadlineItems([])).toEqual([]);
  });
});

describe('labels', () => {
  it('names every month in Dutch', () => {
    const months = Array.from({ length: 12 }, (_, i) => monthLabelNl(`2026-${String(i + 1).padStart(2, '0')}-15`));
    expect(months).toEqual([
      'januari 2026', 'februari 2026', 'maart 2026', 'april 2026', 'mei 2026', 'juni 2026',
      'juli 2026', 'augustus 2026', 'september 2026', 'oktober 2026', 'november 2026', 'december 2026',
    ]);
    expect(() => monthLabelNl('2026-13-01')).toThrow();
  });

  it('strips the kind from the title, and says how many days are left', () => {
    expect(deadlineSubject(deadline({ date: '2026-12-01', ...anna }))).toBe('VOG – Anna de Vries');
    expect(deadlineSubject({ kind: 'scholing', title: 'Something else' })).toBe('Something else');
    expect(daysLeftText(0)).toBe('vandaag');
    expect(daysLeftText(1)).toBe('nog 1 dag');
    expect(daysLeftText(14)).toBe('nog 14 dagen');
    expect(daysLeftText(-1)).toBe('1 dag geleden');
    expect(daysLeftText(-30)).toBe('30 dagen geleden');
  });

  it('works on a real engine run with people (yearly training and the two-yearly survey)', () => {
    const out = run({
      peildatum: '2026-11-23',
      people: [person({ id: 'anna', name: 'Anna de Vries' })],
      documents: [
        doc({ id: 'meld', evidenceType: 'scholing', personId: 'anna', issueDate: '2025-12-10', details: { subject: 'meldcode' } }),
        doc({ id: 'tevr', evidenceType: 'tevredenheidsonderzoek', issueDate: '2025-03-15' }),
      ],
    });
    const groups = groupDeadlineItems(dedupeDeadlines(out.deadlines));
    const flat = groups.flatMap((g) => g.items.map((i) => [g.label, i.deadline.documentId, i.status]));
    expect(flat).toContainEqual(['december 2026', 'meld', 'verloopt-binnenkort']);
    expect(flat).toContainEqual(['maart 2027', 'tevr', 'in-orde']);
  });
});
