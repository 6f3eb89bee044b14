import type { BackupContentRef, BackupSource, BackupTables } from '../../../shared/backup';
import { sha256Hex } from '../../../shared/files';
import type { EvidenceDocument } from '../../../shared/model';
import { makeHeic, makeJpeg, makePdf, makePng, randomBytes } from '../../fixtures/malformed/generate';

export interface SampleData {
  tables: BackupTables;
  contents: (BackupContentRef & { bytes: Uint8Array })[];
}

/** A small but complete data set: every table, revisions, links, a non-mergeable file, unknown fields. */
export async function sampleData(label = 'A'): Promise<SampleData> {
  const now = '2025-05-01T10:00:00.000Z';
  const files: [string, Uint8Array, string, EvidenceDocument['fileKind'], boolean][] = [
    [`vog-${label}`, await makePdf(2, { label: `VOG ${label}` }), 'application/pdf', 'pdf', true],
    [`vog-${label}-v2`, await makePdf(1, { label: `VOG ${label} nieuw` }), 'application/pdf', 'pdf', true],
    [`diploma-${label}`, makeJpeg(32, 24), 'image/jpeg', 'jpeg', true],
    [`bhv-${label}`, makePng(20, 10), 'image/png', 'png', true],
    [`foto-${label}`, makeHeic(), 'image/heic', 'other', false],
    [`groot-${label}`, randomBytes(300_000, label.charCodeAt(0)), 'application/pdf', 'pdf', true],
  ];
  const documents: EvidenceDocument[] = [];
  for (const [id, bytes, mimeType, fileKind, mergeable] of files) {
    documents.push({
      id,
      evidenceType: id.startsWith('vog') ? 'vog' : id.startsWith('bhv') ? 'bhv' : 'diploma',
      ...(id.startsWith('groot') ? {} : { personId: `p1-${label}` }),
      title: `Document ${id}`,
      fileName: `${id}.bin`,
      mimeType,
      fileKind,
      mergeable,
      ...(mergeable ? {} : { fileNote: 'HEIC-foto’s kunnen niet in het bewijspakket.' }),
      size: bytes.length,
      sha256: await sha256Hex(bytes),
      issueDate: '2024-03-01',
      ...(id.startsWith('vog') ? { validUntil: '2027-03-01' } : {}),
      details: { profiles: ['45', '84'], kind: 'spw', hours: 16, verified: true },
      links: id.startsWith('vog') ? ['wmo-utrecht/vog', 'jeugd/vog'] : [],
      versionGroup: id.startsWith('vog') ? `vog-${label}` : id,
      createdAt: now,
    });
  }
  documents[0]!.supersededBy = `vog-${label}-v2`;
  documents[1]!.supersedes = `vog-${label}`;
  const tables: BackupTables = {
    organisation: [
      {
        id: 'org',
        name: `Zorg ${label} B.V.`,
        kvk: '12345678',
        profile: { kind: 'organisatie', staffCount: 4, services: ['begeleiding', 'vervoer'], clientGroups: ['wmo', 'jeugd'], kaderIds: ['wmo-utrecht'] },
        createdAt: now,
        updatedAt: now,
      },
    ],
    people: [
      { id: `p1-${label}`, name: 'Jan de Vries', functionTitle: 'Begeleider', roles: ['bhv'], kind: 'medewerker', startDate: '2020-01-01', clientContact: true, createdAt: now, updatedAt: now },
      { id: `p2-${label}`, name: 'Ayşe Yılmaz', functionTitle: 'Zzp’er', roles: [], kind: 'zzp-onderaannemer', startDate: '2021-06-01', endDate: '2025-01-31', clientContact: false, createdAt: now, updatedAt: now },
    ],
    documents,
    assessments: [
      { kaderId: 'wmo-utrecht', requirementId: 'klachten', toelichting: 'Aangesloten bij Klachtenportaal Zorg.', updatedAt: now },
      { kaderId: 'wmo-utrecht', requirementId: 'medicatie', notApplicable: { reason: 'Wij doen geen medicatie.', decidedOn: '2025-01-10' }, updatedAt: now },
      { kaderId: 'jeugd', requirementId: 'werkbegeleiding', manual: { verdict: 'deels', decidedOn: '2025-02-01', note: 'Intervisie loopt' }, updatedAt: now },
    ],
    customRequirements: [{ id: `c1-${label}`, kaderId: 'wmo-utrecht', requirement: { title: 'Eigen eis', evidence: ['vog'] }, createdAt: now }],
    authoringAnswers: [{ id: 'meldcode', answers: { 'meldcode.overleg': `Collega ${label}`, 'klachten.informeren': ['intake', 'website'] }, updatedAt: now }],
  };
  // A field a later app version might add without a schema bump: must survive the round trip.
  (tables.people[0] as unknown as Record<string, unknown>).phone = '06-12345678';
  return { tables, contents: files.map(([id, bytes, mimeType]) => ({ id, mimeType, bytes })) };
}

export function sourceOf(data: SampleData, overrides: Partial<BackupSource> = {}): BackupSource {
  const byId = new Map(data.contents.map((c) => [c.id, c.bytes]));
  return {
    appVersion: '0.1.0',
    schemaVersion: 2,
    createdAt: '2025-06-01T12:00:00.000Z',
    tables: data.tables,
    contents: data.contents.map(({ id, mimeType }) => ({ id, mimeType })),
    readContent: async (id) => byId.get(id)!,
    ...overrides,
  };
}
