import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts, degrees } from 'pdf-lib';
import type { PackAttachment, PackFonts, PackModel } from '../../../shared/pack';
import { encodeJpeg } from '../../../bench/synth/jpeg';
import { encodePng } from '../../../bench/synth/png';
import { synthPhoto } from '../../../bench/synth/images';

const root = new URL('../../../', import.meta.url);

export function loadFonts(): PackFonts {
  const read = (name: string) => new Uint8Array(readFileSync(new URL(`resources/fonts/${name}`, root)));
  return {
    regular: read('Roboto-Regular.ttf'),
    bold: read('Roboto-Medium.ttf'),
    italics: read('Roboto-Italic.ttf'),
    bolditalics: read('Roboto-MediumItalic.ttf'),
  };
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A PDF whose every page says "<label> pagina N" so tests can find it with pdftotext. */
export async function makePdf(label: string, pages: number, options: { rotate?: number; encrypt?: boolean } = {}) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`${label} pagina ${i}`, { x: 60, y: 700, size: 20, font });
    if (options.rotate) page.setRotation(degrees(options.rotate));
  }
  if (options.encrypt) {
    // pdf-lib cannot encrypt; a Standard security handler in the trailer is what readers (and we) detect.
    doc.context.trailerInfo.Encrypt = doc.context.register(
      doc.context.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, P: -4, O: 'x'.repeat(32), U: 'y'.repeat(32) }),
    );
  }
  return doc.save();
}

function attachment(
  documentId: string,
  title: string,
  fileName: string,
  fileKind: PackAttachment['fileKind'],
  bytes: Uint8Array,
  requirementIds: string[],
  personal = false,
): PackAttachment {
  const mimeType = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png', other: 'application/octet-stream' }[fileKind];
  return { documentId, title, fileName, fileKind, mimeType, size: bytes.length, sha256: sha256Hex(bytes), requirementIds, personal, bytes };
}

export interface Fixture {
  model: PackModel;
  /** Pages each attachment contributes when included (by documentId). */
  attachmentPages: Record<string, number>;
}

export async function makeFixture(): Promise<Fixture> {
  const beleid = await makePdf('Klachtenregeling', 3);
  const meldcode = await makePdf('Meldcode', 2, { rotate: 90 });
  const vog = await makePdf('VOG Anouk', 1);
  const encrypted = await makePdf('Versleuteld', 1, { encrypt: true });
  const corrupt = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\ngarbage');
  const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
  const png = encodePng(synthPhoto(320, 200, 7), 320, 200);
  const jpeg = encodeJpeg(synthPhoto(240, 320, 11), 240, 320, 80);

  const model: PackModel = {
    organisation: { name: 'Zorg & Welzijn Noordëlijk', kvk: '12345678', agb: '98765432', address: 'Dorpsstraat 1, 9611 AA Sappemeer' },
    kaders: [
      { id: 'mg', title: 'Kwaliteitskader Wmo Midden-Groningen' },
      { id: 'wlz', title: 'Addendum langdurige zorg thuis (Wlz)' },
    ],
    peildatum: '2025-03-01',
    generatedAt: '2025-03-01T13:05:00Z',
    appVersion: '0.1.0',
    sections: [
      {
        id: 'mg-veiligheid',
        kaderId: 'mg',
        title: 'Veiligheid, personeel',
        entries: [
          {
            id: 'mg.personeel.vog',
            label: 'Personeel 3',
            text: 'Iedere medewerker met cliëntcontact heeft een VOG die bij indiensttreding niet ouder is dan drie maanden.',
            sourceRef: 'Kwaliteitskader Midden-Groningen §2.1',
            status: 'met',
            statusLabel: 'Voldaan',
            toelichting: 'Alle VOG’s zijn aangevraagd via de werkgever; kosten € 0 dankzij de regeling gratis VOG.',
            documents: [{ documentId: 'd-vog', title: 'VOG Anouk de Vries', issueDate: '2024-11-02', sha256: '', personal: true }],
          },
          {
            id: 'mg.clientgerichtheid.klachten',
            label: 'Cliëntgerichtheid 15',
            statusReason: 'Klachtenregeling is geldig tot en met 15-03-2025.',
            text: 'Er is een klachtenregeling die voldoet aan de Wkkgz en cliënten kennen haar.',
            sourceRef: 'Kwaliteitskader Midden-Groningen §2.3',
            status: 'expiring',
            statusLabel: 'Verloopt op 15-03-2025',
            toelichting: 'De regeling wordt jaarlijks geëvalueerd.',
            documents: [
              { documentId: 'd-klacht', title: 'Klachtenregeling 2024', issueDate: '2024-03-15', validUntil: '2025-03-15', sha256: '' },
              { documentId: 'd-foto', title: 'Foto klachtenposter', issueDate: '2024-05-01', sha256: '' },
            ],
          },
          {
            id: 'mg.veiligheid.meldcode',
            label: 'Veiligheid 1',
            statusReason: 'Meldcode was geldig tot en met 31-12-2024 en is op de peildatum verlopen.',
            text: 'Er is een meldcode huiselijk geweld en kindermishandeling met afwegingskader.',
            sourceRef: 'Kwaliteitskader Midden-Groningen §2.4',
            status: 'not-met',
            statusLabel: 'Verlopen',
            documents: [
              { documentId: 'd-meld', title: 'Meldcode (oud)', issueDate: '2022-01-01', validUntil: '2024-12-31', sha256: '' },
              { documentId: 'd-enc', title: 'Meldcode getekend', issueDate: '2024-06-01', sha256: '' },
            ],
          },
        ],
      },
      {
        id: 'wlz-1',
        kaderId: 'wlz',
        title: 'Thema 1. Persoonsgerichte zorg en ondersteuning',
        entries: [
          {
            id: 'wlz.persoonsgericht.zorgleefplan',
            label: 'Persoonsgerichte zorg 2',
            statusReason: 'Eigen beoordeling op 01-02-2025: deels voldaan.',
            text: 'Binnen 24 uur is een concept zorgleefplan vastgelegd, binnen zes weken definitief.',
            sourceRef: 'Addendum Wlz thuis, thema 1',
            status: 'partial',
            statusLabel: 'Deels voldaan',
            toelichting: 'Het zorgleefplan wordt binnen 6 weken door een wijkverpleegkundige afgerond; naïeve planning verbeterd.',
            documents: [
              { documentId: 'd-plan', title: 'Werkinstructie zorgleefplan', issueDate: '2024-09-01', sha256: '' },
              { documentId: 'd-corrupt', title: 'Evaluatie zorgleefplannen', issueDate: '2024-10-01', sha256: '' },
              { documentId: 'd-docx', title: 'Planning (Word)', sha256: '' },
            ],
          },
          {
            id: 'wlz.multidisciplinair.specialist',
            label: 'Multidisciplinaire aanpak 3',
            text: 'Een specialist ouderengeneeskunde kan worden ingeschakeld.',
            sourceRef: 'Addendum Wlz thuis, thema 2',
            status: 'not-applicable',
            statusLabel: 'Niet van toepassing',
            notApplicableReason: 'Wij leveren geen Wlz-zorg met behandeling.',
            documents: [],
          },
        ],
      },
    ],
    staffMatrix: {
      columns: ['VOG', 'Diploma', 'BHV'],
      rows: [
        {
          name: 'Anouk de Vries',
          cells: [
            { status: 'met', statusLabel: 'Geldig' },
            { status: 'met', statusLabel: 'Geldig' },
            { status: 'expiring', statusLabel: 'Verloopt 10-03-2025' },
          ],
        },
        {
          name: 'Jeroen Bakker',
          cells: [
            { status: 'met', statusLabel: 'Geldig' },
            { status: 'not-met', statusLabel: 'Ontbreekt' },
            { status: 'not-applicable', statusLabel: 'n.v.t.' },
          ],
        },
      ],
    },
    attachments: [
      attachment('d-vog', 'VOG Anouk de Vries', 'vog-anouk.pdf', 'pdf', vog, ['mg.personeel.vog'], true),
      attachment('d-klacht', 'Klachtenregeling 2024', 'klachtenregeling.pdf', 'pdf', beleid, ['mg.clientgerichtheid.klachten']),
      attachment('d-foto', 'Foto klachtenposter', 'poster.jpg', 'jpeg', jpeg, ['mg.clientgerichtheid.klachten']),
      attachment('d-meld', 'Meldcode (oud)', 'meldcode.pdf', 'pdf', meldcode, ['mg.veiligheid.meldcode']),
      attachment('d-enc', 'Meldcode getekend', 'meldcode-getekend.pdf', 'pdf', encrypted, ['mg.veiligheid.meldcode']),
      attachment('d-plan', 'Werkinstructie zorgleefplan', 'zorgleefplan.png', 'png', png, ['wlz.persoonsgericht.zorgleefplan', 'mg.clientgerichtheid.klachten']),
      attachment('d-corrupt', 'Evaluatie zorgleefplannen', 'evaluatie.pdf', 'pdf', corrupt, ['wlz.persoonsgericht.zorgleefplan']),
      attachment('d-docx', 'Planning (Word)', 'planning.docx', 'other', docx, ['wlz.persoonsgericht.zorgleefplan']),
    ],
  };
  return {
    model,
    attachmentPages: { 'd-vog': 1, 'd-klacht': 3, 'd-foto': 1, 'd-meld': 2, 'd-plan': 1 },
  };
}
