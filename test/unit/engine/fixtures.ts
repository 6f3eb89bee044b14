/** Small builders for engine inputs, so each test states only what matters to it. */
import { evaluate } from '../../../shared/engine';
import type { AssessmentInput, DocumentInput, EngineInput, EngineOutput, PersonInput, RequirementResult } from '../../../shared/engine';
import type { IntakeProfile } from '../../../shared/model';

export function profile(over: Partial<IntakeProfile> = {}): IntakeProfile {
  return {
    kind: 'organisatie',
    staffCount: 3,
    services: ['begeleiding'],
    clientGroups: ['wmo'],
    kaderIds: ['mg-wmo'],
    ...over,
  };
}

let seq = 0;
export function person(over: Partial<PersonInput> & { id: string }): PersonInput {
  return {
    name: over.id.charAt(0).toUpperCase() + over.id.slice(1),
    roles: [],
    kind: 'medewerker',
    startDate: '2020-01-01',
    clientContact: true,
    ...over,
  };
}

export function doc(over: Partial<DocumentInput> & { evidenceType: string }): DocumentInput {
  seq++;
  const id = over.id ?? `d${seq}`;
  return {
    id,
    title: `${over.evidenceType} ${id}`,
    details: {},
    links: [],
    versionGroup: id,
    createdAt: '2020-01-01T09:00:00.000Z',
    ...over,
  };
}

export const vog = (personId: string, issueDate: string, over: Partial<DocumentInput> = {}): DocumentInput =>
  doc({ evidenceType: 'vog', personId, issueDate, details: { profiles: ['45'] }, ...over });

export function nvt(kaderId: string, requirementId: string, reason: string, decidedOn = '2020-01-01'): AssessmentInput {
  return { kaderId, requirementId, notApplicable: { reason, decidedOn } };
}

export function run(over: Partial<EngineInput> & Pick<EngineInput, 'peildatum'>): EngineOutput {
  return evaluate({ profile: profile(), people: [], documents: [], ...over });
}

/** The single result of one requirement (and person). */
export function resultOf(out: EngineOutput, requirementId: string, personId?: string): RequirementResult {
  const found = out.results.filter((r) => r.requirementId === requirementId && r.personId === personId);
  if (found.length !== 1) throw new Error(`expected one result for ${requirementId}/${personId}, got ${found.length}`);
  return found[0]!;
}
