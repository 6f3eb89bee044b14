/**
 * Restoring a backup re-checks every document's content the way an import does (issue #14): a backup is a file
 * from outside like any other. What fails (content the import would refuse, content that is not the kind its
 * record says, a PDF with active content) is listed in the restore's warnings, in Dutch. The records and bytes
 * are restored exactly as they were (a restore gives back what the user had); the pack checks and cleans every
 * attachment again anyway (shared/pack/inspect.ts, sanitize.ts).
 */
import type { EvidenceDocument } from '../model';
import { activeContentNote, detectActiveContent } from '../files/active-content';
import { validateImport } from '../files/validate-import';

/** `read` gives a document's bytes, or undefined when the backup holds none (that is warned about elsewhere). */
export async function recheckDocuments(documents: readonly EvidenceDocument[], read: (id: string) => Promise<Uint8Array | undefined>): Promise<string[]> {
  const warnings: string[] = [];
  for (const doc of documents) {
    const bytes = await read(doc.id);
    if (!bytes) continue;
    const check = await validateImport({ bytes, name: doc.fileName, maxBytes: Number.MAX_SAFE_INTEGER });
    if (!check.ok) {
      warnings.push(`Controle van ‘${doc.title}’: ${check.message}`);
    } else if (check.fileKind !== doc.fileKind) {
      warnings.push(`Controle van ‘${doc.title}’: de inhoud is ${check.fileKind === 'other' ? 'een ander soort bestand' : check.fileKind.toUpperCase()}, niet ${doc.fileKind.toUpperCase()} zoals de back-up zegt.`);
    } else if (check.fileKind === 'pdf' && !(doc.fileNote ?? '').includes('actieve inhoud')) {
      const note = activeContentNote(await detectActiveContent(bytes));
      if (note) warnings.push(`Controle van ‘${doc.title}’: ${note}`);
    }
  }
  return warnings;
}
