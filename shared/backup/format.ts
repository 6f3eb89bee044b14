import { z } from 'zod';
import { isoDateTime } from './records';

/**
 * The `.kwaliteitsmap` backup file: a ZIP archive with
 *   documents/<encoded id>  the bytes of each document revision, stored (not deflated)
 *   data.json               every table, the schema version, app version and creation time (deflated)
 *   manifest.json           size and SHA-256 of every other entry (written last)
 * See docs/files-and-backup.md.
 */
export const BACKUP_FORMAT = 'kwaliteitsmap-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = 'kwaliteitsmap';
export const BACKUP_MIME_TYPE = 'application/zip';
export const DATA_ENTRY = 'data.json';
export const MANIFEST_ENTRY = 'manifest.json';
export const DOCUMENT_PREFIX = 'documents/';
/** fflate writes no ZIP64, so offsets must fit in 32 bits. */
export const MAX_BACKUP_BYTES = 0xffff_ffff - 1024 * 1024;
export const MAX_ZIP_ENTRIES = 0xfffe;
/** data.json and manifest.json hold metadata only; larger means a hostile or broken file. */
export const MAX_METADATA_BYTES = 256 * 1024 * 1024;

export function documentEntryName(id: string): string {
  return DOCUMENT_PREFIX + encodeURIComponent(id);
}

export const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  algorithm: z.literal('SHA-256'),
  entries: z
    .array(z.object({ name: z.string().min(1).max(1000), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }))
    .max(MAX_ZIP_ENTRIES),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export const ContentListingSchema = z.object({
  id: z.string().min(1).max(200),
  entry: z.string().min(1),
  mimeType: z.string().max(200),
  size: z.number().int().min(0),
});
export type ContentListing = z.infer<typeof ContentListingSchema>;

/** The envelope of data.json; `tables` is validated separately (per schema version). */
export const DataEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(50),
  createdAt: isoDateTime,
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  contents: z.array(ContentListingSchema),
});
export type DataEnvelope = z.infer<typeof DataEnvelopeSchema>;

export type BackupErrorCode =
  | 'not-a-backup'
  | 'truncated'
  | 'unreadable'
  | 'manifest-missing'
  | 'tampered'
  | 'newer-version'
  | 'invalid-data'
  | 'too-large'
  | 'read-failed'
  | 'over-limits'
  | 'no-space';

const UNCHANGED = 'Er is niets teruggezet; je huidige gegevens zijn niet veranderd.';

/** Dutch messages; every restore refusal says the current data was left alone. */
export function backupErrorMessage(code: BackupErrorCode, detail: { entry?: string; appVersion?: string; table?: string; fileName?: string } = {}): string {
  switch (code) {
    case 'not-a-backup':
      // The name already ends in .kwaliteitsmap: asking for that name would be no help; it is damaged.
      if (detail.fileName?.toLowerCase().endsWith(`.${BACKUP_EXTENSION}`))
        return `Dit bestand heeft de naam van een back-up, maar de inhoud is beschadigd of geen back-up van Kwaliteitsmap. ${UNCHANGED} Probeer een andere back-up.`;
      return `Dit bestand is geen back-up van Kwaliteitsmap. Kies een bestand dat eindigt op .${BACKUP_EXTENSION}. ${UNCHANGED}`;
    case 'truncated':
      return `De back-up is niet compleet: het bestand houdt halverwege op, bijvoorbeeld doordat kopiëren of downloaden is afgebroken. ${UNCHANGED} Probeer een andere back-up.`;
    case 'unreadable':
      return `De back-up is beschadigd en kan niet worden gelezen. ${UNCHANGED} Probeer een andere back-up.`;
    case 'manifest-missing':
      return `De back-up mist de controlelijst (manifest.json), dus de app kan niet nagaan of alles compleet en onveranderd is. ${UNCHANGED}`;
    case 'tampered':
      return `De back-up is beschadigd of achteraf veranderd${detail.entry ? `: ‘${detail.entry}’ klopt niet met de controlelijst` : ''}. ${UNCHANGED} Probeer een andere back-up.`;
    case 'newer-version':
      return `Deze back-up is gemaakt met een nieuwere versie van Kwaliteitsmap${detail.appVersion ? ` (${detail.appVersion})` : ''}. Werk de app eerst bij. ${UNCHANGED}`;
    case 'invalid-data':
      return `De gegevens in de back-up kloppen niet${detail.table ? ` (${detail.table})` : ''}. ${UNCHANGED}`;
    case 'too-large':
      return 'De back-up wordt groter dan 4 GB; dat kan dit formaat niet bewaren. Verwijder oude versies van grote documenten en probeer het opnieuw.';
    case 'over-limits':
      return `Deze back-up is veel groter of bevat veel meer gegevens dan de app ooit maakt; hij is beschadigd of niet door Kwaliteitsmap gemaakt. ${UNCHANGED}`;
    case 'no-space':
      return `Er is niet genoeg vrije ruimte op deze computer om deze back-up terug te zetten. Maak ruimte vrij en probeer het opnieuw. ${UNCHANGED}`;
    case 'read-failed':
      return 'Een document kon niet uit de opslag worden gelezen, dus er is geen back-up gemaakt. Probeer het opnieuw; lukt het niet, neem dan contact op.';
  }
}

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}
