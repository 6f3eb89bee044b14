import { EVIDENCE_TYPES_BY_KEY, ROLE_LABELS } from '../../../../shared/evidence';
import { SCOPE_LABELS, type Condition, type Requirement } from '../../../../shared/kaders';
import { CLIENT_GROUP_LABELS, SERVICE_LABELS } from '../../../../shared/model';

export function evidenceLabel(type: string): string {
  return EVIDENCE_TYPES_BY_KEY.get(type)?.label ?? type;
}

/** "VOG (profiles: 45) of Diploma; en Meldcode" — every group, each with its alternatives. */
export function describeEvidence(req: Requirement): string {
  if (req.evidence.length === 0) return 'geen document: je beoordeelt het zelf';
  return req.evidence
    .map((g) =>
      g.anyOf
        .map((a) => {
          const fields = EVIDENCE_TYPES_BY_KEY.get(a.type)?.fields ?? [];
          const where = Object.entries(a.where ?? {}).map(([k, v]) => {
            const field = fields.find((f) => f.key === k);
            const values = v.map((x) => field?.options?.find((o) => o.value === x)?.label ?? x);
            return `${(field?.label ?? k).toLowerCase()}: ${values.join(' of ')}`;
          });
          const months = a.validity?.months ? `hooguit ${a.validity.months} maanden oud` : '';
          const extra = [...where, months].filter(Boolean).join('; ');
          return `${evidenceLabel(a.type)}${extra ? ` (${extra})` : ''}`;
        })
        .join(' of '),
    )
    .join('; en ');
}

export function describeScope(req: Requirement): string {
  const s = req.scope;
  if (s.level === 'medewerker-rol') return `${SCOPE_LABELS[s.level]}: ${s.roles.map((r) => ROLE_LABELS[r] ?? r).join(', ')}`;
  return SCOPE_LABELS[s.level];
}

function describeCondition(c: Condition): string {
  const parts: string[] = [];
  if (c.organisationKind) parts.push(c.organisationKind === 'zzp' ? "voor zzp'ers" : 'voor organisaties met personeel');
  if (c.minStaff !== undefined) parts.push(`vanaf ${c.minStaff} medewerkers`);
  if (c.maxStaff !== undefined) parts.push(`tot en met ${c.maxStaff} medewerkers`);
  if (c.servicesAny) parts.push(`bij ${c.servicesAny.map((s) => SERVICE_LABELS[s].toLowerCase()).join(' of ')}`);
  if (c.clientGroupsAny) parts.push(`voor ${c.clientGroupsAny.map((g) => CLIENT_GROUP_LABELS[g]).join(' of ')}`);
  return parts.join(', ');
}

export function describeApplicability(req: Requirement): string {
  return req.appliesWhen ? `Alleen ${req.appliesWhen.map(describeCondition).join('; of ')}` : 'Altijd';
}
