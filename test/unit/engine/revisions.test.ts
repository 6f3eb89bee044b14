import { describe, expect, it } from 'vitest';
import { selectRevisions } from '../../../shared/engine';
import { doc, resultOf, run } from './fixtures';

const MELDCODE = 'mg-wmo.veiligheid.meldcode';

describe('document revisions (versionGroup / supersededBy)', () => {
  const v1 = doc({ id: 'm1', evidenceType: 'meldcode', issueDate: '2023-01-10', versionGroup: 'mc', supersededBy: 'm2' });
  const v2 = doc({ id: 'm2', evidenceType: 'meldcode', issueDate: '2024-01-05', versionGroup: 'mc', supersedes: 'm1', supersededBy: 'm3' });
  const v3 = doc({ id: 'm3', evidenceType: 'meldcode', issueDate: '2025-09-01', versionGroup: 'mc', supersedes: 'm2' });

  it('uses the revision in force on the peildatum, not the newest upload', () => {
    expect(resultOf(run({ peildatum: '2023-06-01', documents: [v1, v2, v3] }), MELDCODE).documentIds).toEqual(['m1']);
    expect(resultOf(run({ peildatum: '2024-06-01', documents: [v1, v2, v3] }), MELDCODE).documentIds).toEqual(['m2']);
    expect(resultOf(run({ peildatum: '2025-09-01', documents: [v1, v2, v3] }), MELDCODE).documentIds).toEqual(['m3']);
  });

  it('reports the revision in force as expired rather than falling back to an older one', () => {
    const r = resultOf(run({ peildatum: '2025-06-01', documents: [v1, v2, v3] }), MELDCODE);
    expect(r.status).toBe('verlopen');
    expect(r.nextDeadline).toBe('2025-01-04');
    expect(r.groups[0]!.evidenceType).toBe('meldcode');
  });

  it('before the first revision there is nothing', () => {
    expect(resultOf(run({ peildatum: '2022-12-31', documents: [v1, v2, v3] }), MELDCODE).status).toBe('ontbreekt');
  });

  it('a correction with the same date replaces the superseded revision', () => {
    const a = doc({ id: 'a', evidenceType: 'meldcode', issueDate: '2024-01-05', versionGroup: 'g', supersededBy: 'b', createdAt: '2024-01-05T10:00:00Z' });
    const b = doc({ id: 'b', evidenceType: 'meldcode', issueDate: '2024-01-05', versionGroup: 'g', supersedes: 'a', createdAt: '2024-01-06T10:00:00Z' });
    expect(selectRevisions([b, a], '2024-06-01').map((d) => d.id)).toEqual(['b']);
    expect(selectRevisions([a, b], '2024-06-01').map((d) => d.id)).toEqual(['b']);
  });

  it('an undated revision takes effect on the day it was stored', () => {
    const a = doc({ id: 'a', evidenceType: 'overig', versionGroup: 'g', createdAt: '2024-03-01T08:00:00Z' });
    expect(selectRevisions([a], '2024-02-29')).toEqual([]);
    expect(selectRevisions([a], '2024-03-01').map((d) => d.id)).toEqual(['a']);
  });

  it('documents without a versionGroup are their own group', () => {
    const x = { id: 'x', evidenceType: 'meldcode', issueDate: '2024-01-01' };
    const y = { id: 'y', evidenceType: 'meldcode', issueDate: '2024-02-01' };
    expect(selectRevisions([x, y], '2024-06-01').map((d) => d.id).sort()).toEqual(['x', 'y']);
  });
});
