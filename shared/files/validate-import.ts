import type { FileKind } from '../model';
import { activeContentNote, detectActiveContent } from './active-content';
import { formatMb } from './bytes';
import { nameForType } from './content-name';
import { inspectJpeg, inspectPng } from './images';
import type { PdfInspection } from './pdf';
import { decidePdfImport } from './pdf-import';
import { sha256Hex } from './sha256';
import { CANONICAL_EXTENSION, extensionOf, sniffFileType, TYPE_LABELS, type SniffedType } from './sniff';

export const DEFAULT_MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'duplicate'
  | 'pdf-encrypted'
  /** The PDF needs a password to open: ask for it and check again with `password`. */
  | 'pdf-password'
  | 'pdf-corrupt'
  | 'image-corrupt'
  | 'unsupported'
  | 'internal';

export interface StoredDocumentRef {
  id: string;
  title: string;
}

export interface ImportRequest {
  bytes: Uint8Array;
  name: string;
  /** Largest accepted file; default 100 MB (Settings.maxFileSizeMb × 1024 × 1024). */
  maxBytes?: number;
  /** SHA-256 (lower-case hex) of every stored document revision → that document. */
  existingHashes?: ReadonlyMap<string, StoredDocumentRef>;
  /** The password the user gave for a PDF that needs one to open (never stored). */
  password?: string;
}

export interface ImportAccepted {
  ok: true;
  fileKind: FileKind;
  /** The finer type the sniffer found (heic, tiff, docx, …). */
  detectedType: SniffedType;
  /** MIME type of the content, not of the name. */
  mimeType: string;
  /** False when the file is kept but cannot be merged into the PDF pack; `note` says why. */
  mergeable: boolean;
  /** Dutch note for the user (and for EvidenceDocument.fileNote), when there is something to say. */
  note?: string;
  sha256: string;
  size: number;
  /** For PDFs. */
  pageCount?: number;
  /** The name with the extension that matches the content, when the extension was wrong. */
  suggestedName?: string;
  /**
   * The bytes to store when they are not the input: the copy without a password of a PDF that needed one
   * (`sha256` and `size` are this copy's; `originalSha256` is the encrypted original's).
   */
  storeBytes?: Uint8Array;
  originalSha256?: string;
}

export interface ImportRefused {
  ok: false;
  code: ImportErrorCode;
  /** Dutch, fit to show as it is. */
  message: string;
  sha256?: string;
  duplicateOf?: StoredDocumentRef;
  /** For 'pdf-password': a password was given and it was not the right one. */
  wrongPassword?: boolean;
  /** Technical detail in English for logs; never shown. */
  detail?: string;
}

export type ImportCheck = ImportAccepted | ImportRefused;

/**
 * Types we keep but cannot put in the PDF pack: the file is intact and the user can open it with
 * their own software, so refusing it would only push them to store it somewhere else. The pack
 * lists it as "niet opgenomen" with this note. (pdf-lib can only embed JPEG and PNG images.)
 */
const NOT_MERGEABLE: Partial<Record<SniffedType, { what: string; tip: string }>> = {
  heic: { what: 'HEIC-foto’s (iPhone)', tip: 'Tip: zet op je iPhone bij Instellingen > Camera > Formaten ‘Meest compatibel’ aan, of stuur de foto als JPEG.' },
  avif: { what: 'AVIF-afbeeldingen', tip: 'Sla de afbeelding op als JPEG of PNG en voeg die toe als nieuwe versie.' },
  tiff: { what: 'TIFF-scans', tip: 'Scan opnieuw als PDF, of sla de scan op als PDF en voeg die toe als nieuwe versie.' },
  gif: { what: 'GIF-afbeeldingen', tip: 'Sla de afbeelding op als PNG of PDF en voeg die toe als nieuwe versie.' },
  webp: { what: 'WebP-afbeeldingen', tip: 'Sla de afbeelding op als JPEG of PNG en voeg die toe als nieuwe versie.' },
  bmp: { what: 'BMP-afbeeldingen', tip: 'Sla de afbeelding op als PNG of PDF en voeg die toe als nieuwe versie.' },
  docx: { what: 'Word-documenten', tip: 'Kies in Word ‘Opslaan als’ > PDF en voeg die PDF toe als nieuwe versie.' },
  xlsx: { what: 'Excel-bestanden', tip: 'Kies in Excel ‘Opslaan als’ > PDF en voeg die PDF toe als nieuwe versie.' },
  pptx: { what: 'PowerPoint-bestanden', tip: 'Kies ‘Opslaan als’ > PDF en voeg die PDF toe als nieuwe versie.' },
  odf: { what: 'OpenDocument-bestanden', tip: 'Kies ‘Exporteren als PDF’ en voeg die PDF toe als nieuwe versie.' },
  doc: { what: 'Oudere Office-bestanden (.doc, .xls)', tip: 'Kies ‘Opslaan als’ > PDF en voeg die PDF toe als nieuwe versie.' },
};

/** The note for a kept type the pack cannot hold: what it is, that it is kept, and how to get a PDF of it. */
function keepNoteFor(type: SniffedType): string | undefined {
  const t = NOT_MERGEABLE[type];
  return t && `${t.what} kunnen niet in het bewijspakket. Kwaliteitsmap bewaart het bestand wel. ${t.tip}`;
}

function quoteName(name: string): string {
  const base = name.split(/[\\/]/).pop() || 'Dit bestand';
  return `‘${base.length > 80 ? base.slice(0, 77) + '…' : base}’`;
}

function withExtension(name: string, ext: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base) + '.' + ext;
}

function pdfRefusal(name: string, pdf: PdfInspection, sha256: string): ImportRefused {
  const detail = pdf.problems.join('; ');
  if (pdf.status === 'encrypted') {
    return {
      ok: false,
      code: 'pdf-encrypted',
      sha256,
      detail,
      message: `${quoteName(name)} is beveiligd met een wachtwoord of versleuteld op een manier die de app niet kan openen. Vraag de afzender om een versie zonder beveiliging, of open hem in je PDF-lezer, kies Afdrukken > ‘Opslaan als PDF’ (of ‘Microsoft Print to PDF’) en voeg die nieuwe PDF toe.`,
    };
  }
  const cutOff = !pdf.eofMarker;
  return {
    ok: false,
    code: 'pdf-corrupt',
    sha256,
    detail,
    message: cutOff
      ? `${quoteName(name)} is niet compleet: de PDF houdt halverwege op, bijvoorbeeld door een afgebroken download. Download of scan het document opnieuw en voeg het dan toe.`
      : `${quoteName(name)} is zo beschadigd dat geen PDF-lezer het kan tonen. Vraag het document opnieuw op bij de afzender of scan het papieren origineel opnieuw, en voeg het dan toe.`,
  };
}

async function check(request: ImportRequest): Promise<ImportCheck> {
  const { bytes, name } = request;
  const maxBytes = request.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  if (bytes.length === 0) {
    return { ok: false, code: 'empty', message: `${quoteName(name)} is leeg (0 bytes). Er staat niets in; kies het goede bestand.` };
  }
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      code: 'too-large',
      message: `${quoteName(name)} is ${formatMb(bytes.length)}; de grens is ${formatMb(maxBytes)}. Scan het opnieuw in een lagere kwaliteit of als zwart-wit, of verhoog de grens bij Instellingen.`,
    };
  }
  const sha256 = await sha256Hex(bytes);
  const existing = request.existingHashes?.get(sha256);
  if (existing) {
    return {
      ok: false,
      code: 'duplicate',
      sha256,
      duplicateOf: existing,
      message: `${quoteName(name)} staat al in de app, als ‘${existing.title}’. Het is niet nog een keer toegevoegd.`,
    };
  }

  const sniff = sniffFileType(bytes, name);
  const type = sniff.type;
  // Decision: the content decides, a wrong extension only earns a note (scanner apps and mail
  // programs often rename files; refusing would not help the user).
  const mismatchNote =
    sniff.extensionMismatch && type !== 'unknown'
      ? `Dit bestand heet ‘.${sniff.extension}’ maar is ${TYPE_LABELS[type]}; de app behandelt het als ${TYPE_LABELS[type]}.`
      : undefined;
  const canonical = CANONICAL_EXTENSION[type];
  // Issue #14: also names the type table does not know (".html", ".exe") and names with hidden characters.
  const contentName = canonical ? nameForType(name.split(/[\\/]/).pop() ?? name, type) : undefined;
  const suggestedName =
    sniff.extensionMismatch && canonical
      ? { suggestedName: withExtension(name, canonical) }
      : contentName && contentName !== name.split(/[\\/]/).pop()
        ? { suggestedName: contentName }
        : {};
  const renameNote =
    !sniff.extensionMismatch && sniff.extension && contentName && extensionOf(contentName) !== sniff.extension
      ? `Dit bestand heet ‘.${sniff.extension}’ maar is ${TYPE_LABELS[type]}; het is bewaard als ‘${contentName}’.`
      : undefined;
  const joinNotes = (...notes: (string | undefined)[]) => {
    const text = notes.filter(Boolean).join(' ');
    return text ? { note: text } : {};
  };
  const accepted = (fileKind: FileKind, mergeable: boolean, extra: Partial<ImportAccepted>, note?: string): ImportAccepted => ({
    ok: true,
    fileKind,
    detectedType: type,
    mimeType: sniff.mimeType,
    mergeable,
    sha256,
    size: bytes.length,
    ...suggestedName,
    ...extra,
    ...joinNotes(mismatchNote, renameNote, note),
  });

  if (type === 'pdf') {
    const pdf = await decidePdfImport(bytes, request.password);
    // Issue #14: name any active content found; the pack strips it (sanitize.ts).
    const withActive = async (note: string | undefined, checked: Uint8Array) =>
      [note, activeContentNote(await detectActiveContent(checked))].filter(Boolean).join(' ') || undefined;
    if (!pdf.ok && pdf.reason === 'password') {
      return {
        ok: false,
        code: 'pdf-password',
        sha256,
        wrongPassword: pdf.wrongPassword,
        message: pdf.wrongPassword
          ? `Het wachtwoord voor ${quoteName(name)} klopt niet. Probeer het opnieuw; let op hoofdletters.`
          : `${quoteName(name)} is beveiligd met een wachtwoord. Vul het wachtwoord in om de PDF toe te voegen; de app bewaart dan een kopie zonder wachtwoord.`,
      };
    }
    if (!pdf.ok) return pdfRefusal(name, pdf.inspection, sha256);
    if (pdf.stored) {
      const copyHash = await sha256Hex(pdf.stored.bytes);
      const copyOf = request.existingHashes?.get(copyHash);
      if (copyOf) {
        return { ok: false, code: 'duplicate', sha256: copyHash, duplicateOf: copyOf, message: `${quoteName(name)} staat al in de app, als ‘${copyOf.title}’. Het is niet nog een keer toegevoegd.` };
      }
      return {
        ...accepted('pdf', true, { pageCount: pdf.pageCount }, await withActive(pdf.note, pdf.stored.bytes)),
        sha256: copyHash,
        size: pdf.stored.bytes.length,
        storeBytes: pdf.stored.bytes,
        originalSha256: pdf.stored.originalSha256,
      };
    }
    return accepted('pdf', true, { pageCount: pdf.pageCount }, await withActive(pdf.note, bytes));
  }
  if (type === 'jpeg' || type === 'png') {
    const image = type === 'png' ? inspectPng(bytes) : inspectJpeg(bytes);
    if (image.problem) {
      return {
        ok: false,
        code: 'image-corrupt',
        sha256,
        detail: image.detail ?? image.problem,
        message:
          image.problem === 'truncated'
            ? `${quoteName(name)} is niet compleet: de afbeelding houdt halverwege op. Maak de foto of scan opnieuw, of download hem opnieuw.`
            : `${quoteName(name)} is beschadigd en kan niet worden gelezen. Maak de foto of scan opnieuw.`,
      };
    }
    return accepted(type, true, {});
  }
  const keepNote = keepNoteFor(type);
  if (keepNote) return accepted('other', false, {}, keepNote);

  if (type === 'zip') {
    return {
      ok: false,
      code: 'unsupported',
      sha256,
      message: `${quoteName(name)} is een zip-bestand. Pak het eerst uit en voeg de documenten erin los toe.`,
    };
  }
  // Unknown content. When the name promises a type we know, the file is most likely damaged.
  if (sniff.extensionSuggests) {
    return {
      ok: false,
      code: sniff.extensionSuggests === 'pdf' ? 'pdf-corrupt' : sniff.extensionSuggests === 'jpeg' || sniff.extensionSuggests === 'png' ? 'image-corrupt' : 'unsupported',
      sha256,
      detail: 'content matches no known signature',
      message: `${quoteName(name)} heet ‘.${sniff.extension}’, maar de inhoud is geen ${TYPE_LABELS[sniff.extensionSuggests].replace(/^een /, '')}. Het bestand is beschadigd of geen echt ${sniff.extension.toUpperCase()}-bestand. Open het zelf om te controleren, of vraag het opnieuw op.`,
    };
  }
  return {
    ok: false,
    code: 'unsupported',
    sha256,
    message: `${quoteName(name)} is geen bestandstype dat de app kent. Voeg een PDF, JPEG-foto of PNG-afbeelding toe.`,
  };
}

/**
 * Decides whether a file may be stored as evidence, from its content. Never throws: any
 * unexpected failure becomes a refusal with a Dutch message, and the input bytes are not changed.
 */
export async function validateImport(request: ImportRequest): Promise<ImportCheck> {
  try {
    return await check(request);
  } catch (error) {
    return {
      ok: false,
      code: 'internal',
      message: `${quoteName(request.name)} kon niet worden gecontroleerd en is daarom niet toegevoegd. Probeer het opnieuw; lukt het niet, sla het dan eerst opnieuw op als PDF.`,
      detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}
