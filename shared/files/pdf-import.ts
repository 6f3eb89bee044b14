/**
 * The import decision for a PDF (issue 19): what opens is accepted, with the same intake the pack uses
 * (shared/pack/pdf-intake.ts), so an accepted PDF is never left out of a pack later.
 * - A PDF that pdf.ts finds intact or repairable: accepted (note "hersteld" when repaired), stored unchanged.
 * - Encrypted with restrictions only (no printing/copying, opens without a password): accepted and stored
 *   unchanged; the pack decrypts it with qpdf each time.
 * - Needs a password to open: refused with code 'pdf-password' until the user gives the password in the
 *   import dialog. Then qpdf writes a copy without encryption and that copy is stored (the document's
 *   SHA-256 is the copy's, the encrypted original's SHA-256 is recorded in `originalSha256` and in the
 *   note). So the pack is built later without asking again, and the password itself is never stored.
 * - Damaged beyond what pdf.ts reads: accepted when the pack's intake gets pages out of it (repaired by qpdf
 *   or pdf-lib, or rendered by pdf.js), else refused with what to do.
 */
import { intakePdf } from '../pack/pdf-intake';
import { inspectPdf, type PdfInspection } from './pdf';
import { pdfProtection, qpdfAvailable, rewritePdf } from './qpdf';
import { sha256Hex } from './sha256';

export type PdfImportDecision =
  | { ok: true; pageCount: number; note?: string; stored?: { bytes: Uint8Array; originalSha256: string } }
  | { ok: false; reason: 'password'; wrongPassword: boolean }
  | { ok: false; reason: 'encrypted' | 'corrupt'; inspection: PdfInspection };

/** In the note of every PDF accepted as repaired; the pack recovers damaged content of these (from-engine.ts). */
export const REPAIRED_MARK = '(hersteld)';

export const PDF_NOTES = {
  repaired: `De interne inhoudsopgave van deze PDF was beschadigd; de app kon alle pagina’s toch lezen ${REPAIRED_MARK}. Het bestand is ongewijzigd bewaard.`,
  damagedContent:
    `Een deel van deze PDF is beschadigd ${REPAIRED_MARK}: in het bewijspakket komen de pagina’s zoals een PDF-lezer ze toont. Het bestand is ongewijzigd bewaard; vraag zo nodig een nieuw exemplaar op.`,
  restrictions:
    'Deze PDF is beveiligd tegen bijvoorbeeld afdrukken of kopiëren, maar opent zonder wachtwoord. Het bestand is ongewijzigd bewaard en komt gewoon in het bewijspakket.',
  rendered:
    'De pagina’s van deze PDF konden niet één op één worden overgenomen; in het bewijspakket komen ze als afbeelding (opgenomen als afbeelding, de tekst blijft doorzoekbaar). Het bestand is ongewijzigd bewaard.',
  decrypted: (originalSha256: string) =>
    `Deze PDF was beveiligd met een wachtwoord. De app bewaart een kopie zonder wachtwoord, zodat het bewijspakket later zonder wachtwoord kan worden gemaakt; het wachtwoord zelf is niet bewaard. SHA-256 van het beveiligde origineel: ${originalSha256}.`,
} as const;

export async function decidePdfImport(bytes: Uint8Array, password?: string): Promise<PdfImportDecision> {
  const pdf = await inspectPdf(bytes);
  if (pdf.status === 'ok') return { ok: true, pageCount: pdf.pageCount ?? 0 };
  if (pdf.status === 'repaired') return { ok: true, pageCount: pdf.pageCount ?? 0, note: PDF_NOTES.repaired };
  if (pdf.status === 'encrypted') return encrypted(bytes, pdf, password);
  return damaged(bytes, pdf);
}

async function encrypted(bytes: Uint8Array, pdf: PdfInspection, password: string | undefined): Promise<PdfImportDecision> {
  if (!qpdfAvailable()) return { ok: false, reason: 'encrypted', inspection: pdf };
  const protection = await pdfProtection(bytes);
  if (protection !== 'password') {
    // Restrictions only, or qpdf cannot tell (a damaged file): whatever the pack's intake opens is accepted.
    const intake = await intakePdf(bytes);
    if (typeof intake !== 'string') return { ok: true, pageCount: intake.pageCount, note: intake.route === 'rendered' ? PDF_NOTES.rendered : PDF_NOTES.restrictions };
    return { ok: false, reason: 'encrypted', inspection: pdf };
  }
  if (password === undefined) return { ok: false, reason: 'password', wrongPassword: false };
  const copy = await rewritePdf(bytes, { password });
  if (!copy.ok) return copy.reason === 'password' ? { ok: false, reason: 'password', wrongPassword: true } : { ok: false, reason: 'corrupt', inspection: pdf };
  const opened = await decidePdfImport(copy.bytes);
  if (!opened.ok) return opened;
  const originalSha256 = await sha256Hex(bytes);
  const note = [PDF_NOTES.decrypted(originalSha256), opened.note].filter(Boolean).join(' ');
  return { ok: true, pageCount: opened.pageCount, note, stored: { bytes: copy.bytes, originalSha256 } };
}

async function damaged(bytes: Uint8Array, pdf: PdfInspection): Promise<PdfImportDecision> {
  // Objects a page needs are missing: pages or their content would be lost, the user needs a good copy.
  if (pdf.problems.some((p) => /missing|not a valid object|cycle/.test(p)) && pdf.pageCount) return { ok: false, reason: 'corrupt', inspection: pdf };
  const intake = await intakePdf(bytes, { repairContent: true });
  if (typeof intake === 'string' || (intake.kind === 'pdf' && intake.lostStreams)) return { ok: false, reason: 'corrupt', inspection: pdf };
  const note = intake.route === 'rendered' ? PDF_NOTES.rendered : pdf.problems.some((p) => /decompress/.test(p)) ? PDF_NOTES.damagedContent : PDF_NOTES.repaired;
  return { ok: true, pageCount: intake.pageCount, note };
}
