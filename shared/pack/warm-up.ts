/**
 * A small pack built from made-up data and thrown away. The pack worker runs it when the pack page opens,
 * while the user is still choosing kaders and options: parsing, merging and laying out take less CPU once
 * their code is compiled, so the real build then starts warm. Its files are of every kind a pack holds
 * (warm-up-files.ts): what the warm-up never ran, V8 compiles during her build. Never touches the user's data.
 */
import { buildEvidencePack, type PackAbortSignal } from './build';
import { webCryptoSha256, type Sha256Fn } from './hash';
import { sampleFiles } from './warm-up-files';
import type { PackAttachment, PackBlob, PackFonts, PackModel, PackRequirementEntry, PackStatus } from './model';

/** Requirements in the sample: three themes of sixteen (the built-in Wmo kader has 69, the bench pack 49). */
const ENTRIES = 48;

const STATUSES: PackStatus[] = ['met', 'expiring', 'partial', 'not-met', 'not-applicable'];
const LABELS: Record<PackStatus, string> = {
  met: 'Voldaan',
  expiring: 'Verloopt binnenkort',
  partial: 'Deels voldaan',
  'not-met': 'Niet voldaan',
  'not-applicable': 'Niet van toepassing',
};

export async function sampleModel(sha256: Sha256Fn = webCryptoSha256): Promise<PackModel> {
  const files = await sampleFiles();
  // Each file five times (30 attachments) and a kader-sized list of requirements: enough rounds through each
  // path, the layout included, for V8 to optimise it before her build.
  const attachments: PackAttachment[] = await Promise.all(
    Array.from({ length: 5 }, () => files).flat().map(async (f, i) => ({
      documentId: `voorbeeld-${i}`,
      title: `Voorbeelddocument ${i + 1}`,
      fileName: f.fileName,
      mimeType: f.mimeType,
      fileKind: f.fileKind,
      size: f.bytes.length,
      sha256: await sha256(f.bytes),
      requirementIds: [`V-${(i % ENTRIES) + 1}`],
      bytes: f.bytes,
    })),
  );
  const entry = (i: number): PackRequirementEntry => ({
    id: `V-${i + 1}`,
    label: `Voorbeeld ${i + 1}`,
    statusReason: STATUSES[i % STATUSES.length] === 'met' ? undefined : 'Voorbeeldreden.',
    text: 'De aanbieder kan aantonen dat medewerkers met cliëntcontact een geldige verklaring hebben.',
    sourceRef: `Voorbeeldkader §${i + 1}`,
    status: STATUSES[i % STATUSES.length] as PackStatus,
    statusLabel: LABELS[STATUSES[i % STATUSES.length] as PackStatus],
    toelichting: i % 2 ? 'Jaarlijks gecontroleerd door de kwaliteitsmedewerker.' : undefined,
    notApplicableReason: STATUSES[i % STATUSES.length] === 'not-applicable' ? 'Geen Wlz-zorg.' : undefined,
    documents: attachments.filter((a) => a.requirementIds.includes(`V-${i + 1}`)).map((a) => ({ documentId: a.documentId, title: a.title, issueDate: '2025-01-15', validUntil: '2028-01-15', sha256: a.sha256 })),
  });
  return {
    organisation: { name: 'Voorbeeldzorg', kvk: '00000000' },
    kaders: [{ id: 'voorbeeld', title: 'Voorbeeldkader' }],
    peildatum: '2025-06-30',
    generatedAt: '2025-06-30T08:00:00Z',
    appVersion: '0.0.0',
    sections: [0, 1, 2].map((s) => ({ id: `s${s}`, kaderId: 'voorbeeld', title: `Thema ${s + 1}`, entries: Array.from({ length: ENTRIES / 3 }, (_, i) => entry(s * (ENTRIES / 3) + i)) })),
    staffMatrix: {
      columns: ['VOG', 'Diploma', 'BHV', 'Scholing'],
      rows: ['Anouk', 'Bram', 'Chantal', 'Daan', 'Eva', 'Fatima', 'Gerrit', 'Hanna'].map((name, r) => ({
        name,
        cells: [0, 1, 2, 3].map((c) => ({ status: STATUSES[(r + c) % 4] as PackStatus, statusLabel: LABELS[STATUSES[(r + c) % 4] as PackStatus] })),
      })),
    },
    attachments,
  };
}

/**
 * Builds and discards a sample pack (see above) the way the app builds, so the code it compiles is the code
 * her build runs: files read from Blobs one at a time, the output written away to a sink. (Several rounds were
 * tried: bench/pack showed no gain beyond the noise, and a higher peak.)
 */
export async function warmUpPack(fonts: PackFonts, sha256?: Sha256Fn, signal?: PackAbortSignal): Promise<void> {
  const model = await sampleModel(sha256);
  const BlobOf = (globalThis as { Blob?: new (parts: Uint8Array[]) => PackBlob }).Blob;
  const sample = BlobOf ? { ...model, attachments: model.attachments.map(({ bytes, ...a }) => ({ ...a, blob: new BlobOf([bytes as Uint8Array]) })) } : model;
  // `signal`: the user's own build has arrived; the warm-up gives way at its next checkpoint.
  if (signal?.aborted) return;
  await buildEvidencePack(sample, { fonts, sink: { write: () => {} }, ...(sha256 ? { sha256 } : {}), ...(signal ? { signal } : {}) });
}
