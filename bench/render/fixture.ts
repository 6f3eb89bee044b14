/**
 * A realistic agency for bench/render.ts: 25 people with roles, ~1,000 small documents (PDF scans and photos of
 * certificates, policies, procedures, reports and practice proofs, several revisions each, some expired, some
 * expiring within the horizon, some missing) and assessments, written as a real `.kwaliteitsmap` backup with the
 * app's own backup code. Dates are relative to `today`, so the statuses hold whenever the bench runs.
 * Deterministic: the same day gives the same backup.
 */
import { buildBackupBytes, type BackupTables } from '../../shared/backup';
import { addDaysIso } from '../../shared/dates';
import { PRACTICES, PROCEDURE_SUBJECTS, REPORT_SUBJECTS } from '../../shared/evidence';
import { sha256Hex } from '../../shared/files';
import { BUILTIN_KADERS } from '../../shared/kaders';
import type { Assessment, DetailValue, EvidenceDocument, FileKind, Organisation, Person, PersonKind } from '../../shared/model';
import { DB_SCHEMA_VERSION } from '../../renderer/src/db/schema';
import { mulberry32, synthPhoto } from '../synth/images';
import { encodeJpeg } from '../synth/jpeg';
import { encodePng } from '../synth/png';

export const FIXTURE_DOCUMENTS = 1000;
export const FIXTURE_PEOPLE = 25;
export const ORGANISATION_NAME = 'Thuiszorg De Eendracht B.V.';

export interface Fixture {
  tables: BackupTables;
  backup: Uint8Array;
  documentBytes: number;
}

const NAMES = [
  'Anouk de Vries', 'Bram Bakker', 'Chantal Jansen', 'Daan Visser', 'Eline Smit', 'Fleur Meijer', 'Gijs de Boer',
  'Hanneke Mulder', 'Iris de Groot', 'Jeroen Bos', 'Kees Vos', 'Lotte Peters', 'Mees Hendriks', 'Noor van Leeuwen',
  'Okke Dekker', 'Pien Brouwer', 'Quinten de Wit', 'Roos Dijkstra', 'Sem Smits', 'Tess de Graaf', 'Ümit Yılmaz',
  'Vera van der Meer', 'Wouter van Dijk', 'Xander Kok', 'Zoë Jacobs',
];

const POLICIES = [
  'meldcode', 'protocol-agressie', 'protocol-bhv', 'medicatiebeleid', 'protocol-grensoverschrijdend-gedrag',
  'protocol-middelengebruik', 'protocol-incidenten', 'huisregels', 'aannamebeleid', 'personeelsbeleid',
  'beleid-niet-gekwalificeerd', 'functieomschrijvingen', 'scholingsplan', 'privacybeleid', 'klachtenregeling',
  'beleid-sociaal-netwerk', 'vervangingsplan',
];
/** Yearly organisation documents with a type of their own. */
const YEARLY_ORG = [
  'kvk-uittreksel', 'aansprakelijkheidsverzekering', 'klachtenregeling-lidmaatschap', 'vertrouwenspersoon',
  'risicoanalyse', 'interne-audit', 'keuringsrapport', 'tevredenheidsonderzoek', 'kwaliteitsverslag',
];

/** A small valid PDF (one page, the title as text) padded with a random comment to `size` bytes. */
function makePdf(title: string, size: number, rand: () => number): Uint8Array {
  const text = title.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 56 780 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (const [i, obj] of objects.entries()) {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  }
  // Scans are not compressible; a comment line of random printable bytes stands in for the image data.
  const pad = Math.max(0, size - body.length - 200);
  let comment = '%';
  for (let i = 0; i < pad; i++) comment += String.fromCharCode(0x21 + Math.floor(rand() * 90));
  body += comment + '\n';
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(body, (c) => c.charCodeAt(0));
}

interface DocSpec {
  type: string;
  title: string;
  personId?: string;
  issueDate?: string;
  validUntil?: string;
  details?: Record<string, DetailValue>;
  links?: string[];
  /** Scans of certificates may be photos; policies are always PDF. */
  photo?: boolean;
}

export async function buildFixture(today: string, appVersion: string): Promise<Fixture> {
  const rand = mulberry32(20250601);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const nowIso = `${today}T08:00:00.000Z`;
  const documents: EvidenceDocument[] = [];
  const contents = new Map<string, { bytes: Uint8Array; mimeType: string }>();
  let seq = 0;

  async function addFile(spec: DocSpec): Promise<EvidenceDocument> {
    const id = `doc-${String(++seq).padStart(4, '0')}`;
    const r = rand();
    const kind: FileKind = spec.photo && r < 0.25 ? 'jpeg' : spec.photo && r < 0.35 ? 'png' : 'pdf';
    let bytes: Uint8Array;
    if (kind === 'jpeg') bytes = encodeJpeg(synthPhoto(96, 72, seq, 20), 96, 72, 80);
    else if (kind === 'png') bytes = encodePng(synthPhoto(48, 48, seq, 20), 48, 48, 3, 6);
    else bytes = makePdf(`${spec.title} (${id})`, 4096 + Math.floor(rand() * 28_000), rand);
    const ext = kind === 'jpeg' ? 'jpg' : kind;
    const mimeType = kind === 'pdf' ? 'application/pdf' : `image/${kind}`;
    contents.set(id, { bytes, mimeType });
    const created = spec.issueDate && spec.issueDate < today ? addDaysIso(spec.issueDate, 2) : today;
    const doc: EvidenceDocument = {
      id,
      evidenceType: spec.type,
      ...(spec.personId ? { personId: spec.personId } : {}),
      title: spec.title,
      fileName: `${spec.title.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-')}.${ext}`,
      mimeType,
      fileKind: kind,
      mergeable: true,
      size: bytes.length,
      sha256: await sha256Hex(bytes),
      ...(spec.issueDate ? { issueDate: spec.issueDate } : {}),
      ...(spec.validUntil ? { validUntil: spec.validUntil } : {}),
      details: spec.details ?? {},
      links: spec.links ?? [],
      versionGroup: id,
      createdAt: `${created > today ? today : created}T09:${String(seq % 60).padStart(2, '0')}:00.000Z`,
    };
    documents.push(doc);
    return doc;
  }

  /** Revisions of one document, oldest first, each superseding the previous one. */
  async function addRevisions(specs: DocSpec[]): Promise<void> {
    let previous: EvidenceDocument | undefined;
    for (const spec of specs) {
      const doc = await addFile(spec);
      if (previous) {
        doc.versionGroup = previous.versionGroup;
        doc.supersedes = previous.id;
        previous.supersededBy = doc.id;
      }
      previous = doc;
    }
  }

  /**
   * Issue date of the latest yearly revision: about 1 in 8 expired, 1 in 7 expiring within the 60-day
   * horizon, the rest in order.
   */
  function latestYearly(): string {
    const r = rand();
    if (r < 0.12) return addDaysIso(today, -(380 + Math.floor(rand() * 90)));
    if (r < 0.27) return addDaysIso(today, -(310 + Math.floor(rand() * 45)));
    return addDaysIso(today, -(20 + Math.floor(rand() * 270)));
  }

  /** `count` yearly revisions ending with `latestYearly()`. */
  async function yearly(count: number, make: (issueDate: string, n: number) => DocSpec): Promise<void> {
    const latest = latestYearly();
    await addRevisions(Array.from({ length: count }, (_, i) => make(addDaysIso(latest, -365 * (count - 1 - i) - Math.floor(rand() * 20)), i)));
  }

  // --- People ---
  const people: Person[] = NAMES.map((name, i) => {
    const kind: PersonKind = i === 0 ? 'eigenaar' : i <= 2 ? 'zzp-onderaannemer' : i === 3 ? 'stagiair' : i === 4 ? 'vrijwilliger' : 'medewerker';
    const roles = new Set<string>(i === 0 ? ['leidinggevende', 'aandachtsfunctionaris', 'begeleider'] : []);
    if (i > 0) roles.add(i % 3 === 0 ? 'verzorgende' : i % 11 === 0 ? 'huishoudelijk-medewerker' : 'begeleider');
    if (i % 4 === 1) roles.add('bhv');
    if (i % 5 === 2) roles.add('verpleegkundige');
    if (i % 6 === 5) roles.add('evv');
    if (i % 7 === 3) roles.add('ehbo');
    if (i === 5 || i === 17) roles.add('ervaringsdeskundige');
    if (i === 8) roles.add('werkbegeleider');
    // Index 22 is new (started five days ago, VOG still missing); 24 left last month.
    const startDate = i === 22 ? addDaysIso(today, -5) : addDaysIso(today, -(200 + ((i * 137) % 2800)));
    return {
      id: `person-${String(i + 1).padStart(2, '0')}`,
      name,
      functionTitle: roles.has('verpleegkundige') ? 'Wijkverpleegkundige' : roles.has('verzorgende') ? 'Verzorgende IG' : kind === 'stagiair' ? 'Stagiair SPW' : 'Persoonlijk begeleider',
      roles: [...roles],
      kind,
      startDate,
      ...(i === 24 ? { endDate: addDaysIso(today, -30) } : {}),
      clientContact: i !== 23,
      createdAt: `${startDate}T10:00:00.000Z`,
      updatedAt: nowIso,
    };
  });

  // --- Personal documents ---
  for (const [i, p] of people.entries()) {
    const who = p.name;
    if (i !== 22) {
      // VOG: older staff have an earlier one too; a few were issued long before the start.
      const vogs = rand() < 0.4 ? 2 : 1;
      await addRevisions(
        Array.from({ length: vogs }, (_, v) => ({
          type: 'vog', personId: p.id, title: `VOG ${who}`, photo: true,
          issueDate: addDaysIso(p.startDate, -(20 + Math.floor(rand() * 40)) + v * 900),
          details: { profiles: [i === 9 ? 'ander' : '45'] },
        })).filter((s) => s.issueDate! < today),
      );
    }
    const diplomaKind = p.roles.includes('verpleegkundige') ? 'verpleegkundige' : p.roles.includes('verzorgende') ? 'verzorgende-ig' : i === 6 ? 'anders' : pick(['spw', 'sph', 'social-work', 'begeleider-mz']);
    if (i !== 3) {
      await addFile({ type: 'diploma', personId: p.id, title: `Diploma ${who}`, photo: true, issueDate: addDaysIso(p.startDate, -400), details: { kind: diplomaKind, level: diplomaKind === 'sph' || diplomaKind === 'social-work' ? '6' : '4' } });
    }
    if (rand() < 0.3) await addFile({ type: 'diploma', personId: p.id, title: `Diploma (tweede opleiding) ${who}`, photo: true, details: { kind: 'helpende-zw', level: '2' } });
    if (p.roles.includes('bhv')) await yearly(4, (d) => ({ type: 'bhv', personId: p.id, title: `BHV-certificaat ${who}`, issueDate: d, photo: true }));
    if (p.roles.includes('ehbo')) await yearly(2, (d) => ({ type: 'ehbo', personId: p.id, title: `EHBO-diploma ${who}`, issueDate: d, photo: true }));
    if (p.roles.includes('verpleegkundige')) {
      const reg = addDaysIso(today, -(rand() < 0.3 ? 1790 : 900));
      await addRevisions([
        { type: 'big', personId: p.id, title: `BIG-registratie ${who}`, issueDate: addDaysIso(reg, -1826), details: { number: String(19000000000 + i), profession: 'verpleegkundige' } },
        { type: 'big', personId: p.id, title: `BIG-registratie ${who}`, issueDate: reg, details: { number: String(19000000000 + i), profession: 'verpleegkundige' } },
      ]);
    }
    if (p.kind === 'stagiair' || p.roles.includes('ervaringsdeskundige')) {
      await addFile({ type: 'supervisie', personId: p.id, title: `Supervisieafspraak ${who}`, issueDate: p.startDate, details: { supervisor: 'Iris de Groot' } });
    }
    // Yearly training: a few people miss one entirely.
    for (const subject of ['meldcode', 'agressie', 'medicatie', 'privacy', 'doelgroep', 'voorbehouden-handelingen']) {
      if (rand() < 0.07) continue;
      const years = subject === 'meldcode' || subject === 'agressie' ? 4 : 2 + Math.floor(rand() * 2);
      await yearly(years, (d) => ({ type: 'scholing', personId: p.id, title: `Scholing ${subject} ${who}`, issueDate: d, photo: true, details: { subject, hours: 4 } }));
    }
    await yearly(2, (d) => ({ type: 'reanimatie', personId: p.id, title: `Reanimatie en AED ${who}`, issueDate: d, photo: true }));
  }

  // --- Organisation documents ---
  const orgRequirements = BUILTIN_KADERS.flatMap((k) => k.requirements.filter((r) => r.scope.level === 'organisatie' || r.scope.level === 'clientpraktijk'));
  for (const type of POLICIES) {
    if (type === 'protocol-middelengebruik') continue; // one policy is missing
    await yearly(4, (d, n) => ({ type, title: `${type} versie ${n + 1}`, issueDate: d, details: { owner: 'Anouk de Vries' } }));
  }
  for (const type of YEARLY_ORG) {
    const details: Record<string, DetailValue> = type === 'tevredenheidsonderzoek' ? { nps: 'ja', npsScore: 41 } : {};
    await yearly(3, (d, n) => ({ type, title: `${type} ${n + 1}`, issueDate: d, details }));
  }
  await yearly(2, (d, n) => ({ type: 'kwaliteitscertificaat', title: `HKZ-certificaat ${n + 1}`, issueDate: d, details: { keurmerk: 'hkz' } }));
  await yearly(2, (d, n) => ({ type: 'medezeggenschap', title: `Cliëntenpanel ${n + 1}`, issueDate: d, details: { form: 'clientenpanel' } }));
  for (const partner of ['specialist-ouderengeneeskunde', 'huisarts', 'wijkverpleging', 'gemeente']) {
    await yearly(2, (d) => ({ type: 'samenwerkingsafspraak', title: `Samenwerkingsafspraak ${partner}`, issueDate: d, details: { partner } }));
  }
  for (const subject of ['inspraak', 'vertrouwenspersoon', 'klachten', 'zorgaanbod']) {
    await yearly(2, (d) => ({ type: 'clientinformatie', title: `Cliëntinformatie ${subject}`, issueDate: d, details: { subject: [subject] } }));
  }
  for (const { value } of PROCEDURE_SUBJECTS) {
    if (value === 'anders') continue;
    await yearly(2, (d) => ({ type: 'werkwijze', title: `Werkwijze ${value}`, issueDate: d, details: { subject: value } }));
  }
  for (const { value } of REPORT_SUBJECTS) {
    if (value === 'anders') continue;
    await yearly(3, (d) => ({ type: 'verslag', title: `Verslag ${value}`, issueDate: d, details: { subject: value } }));
  }
  // Anonymised proofs that practices are followed: separate documents over the past year, up to the target.
  const practices = PRACTICES.filter((p) => p.value !== 'anders');
  for (let n = 0; documents.length < FIXTURE_DOCUMENTS - 20; n++) {
    const practice = practices[n % practices.length]!.value;
    await addFile({ type: 'praktijkbewijs', title: `Praktijkbewijs ${practice} ${Math.floor(n / practices.length) + 1}`, issueDate: addDaysIso(today, -Math.floor(rand() * 360)), photo: true, details: { practice } });
  }
  // Other documents the user linked to requirements by hand.
  while (documents.length < FIXTURE_DOCUMENTS) {
    const links = [pick(orgRequirements).id, ...(rand() < 0.3 ? [pick(orgRequirements).id] : [])];
    await addFile({ type: 'overig', title: `Overig bewijs ${documents.length + 1}`, issueDate: addDaysIso(today, -Math.floor(rand() * 500)), links: [...new Set(links)] });
  }

  // --- Assessments ---
  const assessments: Assessment[] = [];
  for (const [n, req] of orgRequirements.entries()) {
    if (n % 3 === 0) {
      assessments.push({
        kaderId: req.id.split('.')[0]!,
        requirementId: req.id,
        toelichting: `Wij borgen dit via ons kwaliteitshandboek; de coördinator controleert elk kwartaal of de afspraken worden nageleefd (${n}).`,
        updatedAt: nowIso,
      });
    } else if (n % 17 === 1) {
      assessments.push({ kaderId: req.id.split('.')[0]!, requirementId: req.id, notApplicable: { reason: 'Deze dienst bieden wij niet aan.', decidedOn: addDaysIso(today, -90) }, updatedAt: nowIso });
    } else if (n % 11 === 2 && req.evidence.length === 0) {
      assessments.push({ kaderId: req.id.split('.')[0]!, requirementId: req.id, manual: { verdict: 'voldaan', decidedOn: addDaysIso(today, -120) }, updatedAt: nowIso });
    }
  }
  for (const req of orgRequirements.filter((r) => r.evidence.length === 0)) {
    if (!assessments.some((a) => a.requirementId === req.id)) {
      assessments.push({ kaderId: req.id.split('.')[0]!, requirementId: req.id, manual: { verdict: 'deels', decidedOn: addDaysIso(today, -200), note: 'Nog niet overal ingevoerd.' }, updatedAt: nowIso });
    }
  }

  const organisation: Organisation = {
    id: 'org',
    name: ORGANISATION_NAME,
    kvk: '87654321',
    agb: '12345678',
    address: 'Hoofdstraat 12, 9601 AB Hoogezand',
    contactPerson: 'Anouk de Vries',
    profile: {
      kind: 'organisatie',
      staffCount: FIXTURE_PEOPLE,
      services: ['begeleiding', 'huishoudelijke-hulp', 'persoonlijke-verzorging', 'dagbesteding-locatie', 'medicatie'],
      clientGroups: ['wmo', 'wlz'],
      kaderIds: BUILTIN_KADERS.map((k) => k.id),
    },
    createdAt: addDaysIso(today, -1000) + 'T10:00:00.000Z',
    updatedAt: nowIso,
  };

  const tables: BackupTables = { organisation: [organisation], people, documents, assessments, customRequirements: [], authoringAnswers: [] };
  const { bytes } = await buildBackupBytes({
    appVersion,
    schemaVersion: DB_SCHEMA_VERSION,
    createdAt: nowIso,
    tables,
    contents: documents.map((d) => ({ id: d.id, mimeType: d.mimeType })),
    readContent: async (id) => contents.get(id)!.bytes,
  });
  let documentBytes = 0;
  for (const c of contents.values()) documentBytes += c.bytes.length;
  return { tables, backup: bytes, documentBytes };
}
