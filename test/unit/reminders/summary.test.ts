import { describe, expect, it } from 'vitest';
import { reminderItemLabel, summarizeDeadlines } from '../../../shared/reminders';
import { doc, person, profile, run } from '../engine/fixtures';
import { deadline } from '../calendar/helpers';

const anna = { personId: 'anna', personName: 'Anna de Vries' };
const bram = { personId: 'bram', personName: 'Bram Bakker' };

describe('summarizeDeadlines', () => {
  it('counts overdue and soon, names overdue first, and shortens long lists', () => {
    const s = summarizeDeadlines([
      deadline({ date: '2026-12-01', documentId: 's1', ...bram }),
      deadline({ date: '2026-10-01', documentId: 'o1', ...anna }),
      deadline({ date: '2026-11-01', documentId: 'o2', ...bram, kind: 'scholing', title: 'Scholing vernieuwen: BHV-certificaat – Bram Bakker' }),
      deadline({ date: '2026-09-01', documentId: 'o3', kind: 'herziening', title: 'Herzien: Meldcode' }),
      deadline({ date: '2026-12-20', documentId: 's2', ...anna }),
      deadline({ date: '2027-08-01', documentId: 'later', ...anna }),
    ])!;
    expect(s.title).toBe('Kwaliteitsmap: termijnen');
    expect(s.overdue).toBe(3);
    expect(s.soon).toBe(2);
    expect(s.body).toBe('3 verlopen, 2 verlopen binnenkort: Meldcode, VOG Anna de Vries, BHV-certificaat Bram Bakker en 2 meer');
  });

  it('leaves out a count that is zero', () => {
    expect(summarizeDeadlines([deadline({ date: '2026-12-01', documentId: 's', ...anna })])!.body).toBe('1 verloopt binnenkort: VOG Anna de Vries');
    expect(summarizeDeadlines([deadline({ date: '2026-11-01', documentId: 'o', ...anna })])!.body).toBe('1 verlopen: VOG Anna de Vries');
  });

  it('is undefined when nothing is overdue or within the horizon', () => {
    expect(summarizeDeadlines([])).toBeUndefined();
    expect(summarizeDeadlines([deadline({ date: '2027-06-01', documentId: 'x' })])).toBeUndefined();
  });

  it('counts a document two kaders ask for once (real engine output)', () => {
    const out = run({
      peildatum: '2026-11-23',
      profile: profile({ clientGroups: ['wmo', 'wlz'], kaderIds: ['mg-wmo', 'wlz-thuis'] }),
      people: [person({ id: 'anna', name: 'Anna de Vries' })],
      documents: [
        doc({ id: 'plan', evidenceType: 'scholingsplan', issueDate: '2025-11-01' }),
        doc({ id: 'meld', evidenceType: 'scholing', personId: 'anna', issueDate: '2025-12-10', details: { subject: 'meldcode' } }),
      ],
    });
    const plan = out.deadlines.filter((d) => d.documentId === 'plan');
    expect(plan).toHaveLength(2);
    const s = summarizeDeadlines(out.deadlines.filter((d) => d.documentId))!;
    expect(s.overdue).toBe(1);
    expect(s.soon).toBe(1);
    expect(s.body).toMatch(/^1 verlopen, 1 verloopt binnenkort: Scholingsplan en .*Anna de Vries$/);
  });

  it('labels items as subject and person without the kind', () => {
    expect(reminderItemLabel({ kind: 'verloopdatum', title: 'Verloopt: VOG – Anna de Vries', personName: 'Anna de Vries' })).toBe('VOG Anna de Vries');
    expect(reminderItemLabel({ kind: 'herziening', title: 'Herzien: Meldcode', personName: undefined })).toBe('Meldcode');
  });
});
