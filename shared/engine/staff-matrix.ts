/** People × credentials, one cell per person and credential with the worst status across kaders. */
import { CREDENTIALS } from '../evidence';
import { STATUS_SEVERITY } from './status';
import type { PersonInput, RequirementResult, StaffCell, StaffMatrix } from './types';

export function buildStaffMatrix(results: readonly RequirementResult[], people: readonly PersonInput[]): StaffMatrix {
  const cells = new Map<string, Map<string, StaffCell>>();
  const used = new Set<string>();
  for (const r of results) {
    if (!r.personId || !r.credential) continue;
    used.add(r.credential);
    let byCredential = cells.get(r.personId);
    if (!byCredential) cells.set(r.personId, (byCredential = new Map()));
    const cell = byCredential.get(r.credential);
    if (!cell) {
      byCredential.set(r.credential, {
        status: r.status,
        resultKeys: [r.key],
        documentIds: [...r.documentIds],
        nextDeadline: r.nextDeadline,
      });
      continue;
    }
    if (STATUS_SEVERITY[r.status] > STATUS_SEVERITY[cell.status]) cell.status = r.status;
    cell.resultKeys.push(r.key);
    for (const id of r.documentIds) if (!cell.documentIds.includes(id)) cell.documentIds.push(id);
    if (r.nextDeadline && (!cell.nextDeadline || r.nextDeadline < cell.nextDeadline)) cell.nextDeadline = r.nextDeadline;
  }
  const columns = CREDENTIALS.filter((c) => used.has(c.key)).map((c) => ({ key: c.key, label: c.label }));
  const rows = people.map((p) => {
    const byCredential = cells.get(p.id);
    const row: Record<string, StaffCell | null> = {};
    for (const c of columns) row[c.key] = byCredential?.get(c.key) ?? null;
    return { personId: p.id, name: p.name, kind: p.kind, functionTitle: p.functionTitle, cells: row };
  });
  return { columns, rows };
}
