/** A pack model with one attachment per corpus case (issue 19), for the corpus tests and bench/pdf-intake.ts. */
import type { PackAttachment, PackModel } from '../../../shared/pack';
import type { PdfCase } from '../../fixtures/pdf-corpus/generate';
import { sha256Hex } from './fixtures';

export function corpusModel(cases: PdfCase[]): PackModel {
  const attachments: PackAttachment[] = cases.map((c, i) => ({
    documentId: `doc-${i}`,
    title: c.description,
    fileName: c.name,
    mimeType: 'application/pdf',
    fileKind: 'pdf',
    size: c.bytes.length,
    sha256: sha256Hex(c.bytes),
    requirementIds: ['MG-2.1'],
    // As packModelFromEngine marks a document the import accepted as repaired ("hersteld").
    ...(c.import === 'accept-with-note' ? { repairContent: true } : {}),
    bytes: c.bytes,
  }));
  return {
    organisation: { name: 'Zorg Corpus' },
    kaders: [{ id: 'mg', title: 'Kwaliteitskader Wmo Midden-Groningen' }],
    peildatum: '2025-03-01',
    generatedAt: '2025-03-01T10:00:00Z',
    appVersion: '0.1.0',
    sections: [
      {
        id: 's',
        kaderId: 'mg',
        title: 'Bewijs',
        entries: [
          {
            id: 'MG-2.1',
            label: 'Bewijs 1',
            text: 'Documenten van allerlei soort.',
            sourceRef: 'test',
            status: 'met',
            statusLabel: 'Voldaan',
            documents: attachments.map((a) => ({ documentId: a.documentId, title: a.title, sha256: a.sha256 })),
          },
        ],
      },
    ],
    attachments,
  };
}
