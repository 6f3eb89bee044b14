import { z } from 'zod';
import type { Settings, SettingsPatch } from './settings';
import { SettingsPatchSchema } from './settings';
import { AUTO_BACKUP_NAME_PATTERN } from './auto-backup-name';

/**
 * The one contract between the renderer and its host. The Electron preload implements it
 * over IPC (one channel per function, see HOST_CHANNELS); the browser host implements it
 * with a download link, a file input, the Notification API and localStorage.
 */
export interface HostApi {
  getSettings(): Promise<Settings>;
  setSettings(patch: SettingsPatch): Promise<Settings>;
  /** Shows a save dialog (or downloads in the browser). Resolves saved:false when cancelled. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Starts saving a large file in parts (renderer/src/host/save-blob.ts drives it): shows the save dialog as
   * saveFile does (desktop) and resolves saved:false when cancelled, else a token for the parts. The browser
   * shows nothing here; its download starts at finishSave.
   */
  beginSave(request: BeginSaveRequest): Promise<BeginSaveResult>;
  /** Appends the next part (at most MAX_SAVE_CHUNK_BYTES, never past the announced size). */
  writeSaveChunk(token: string, bytes: Uint8Array): Promise<void>;
  /**
   * commit true: checks that exactly `size` bytes came, then puts the file in place (atomically on the
   * desktop, download in the browser). commit false: drops what came so far and resolves saved:false.
   * Either way the token is finished.
   */
  finishSave(token: string, commit: boolean): Promise<SaveFileResult>;
  /**
   * Only where the host can hand a Blob on as it is, without reading it (the browser: a download of the Blob
   * itself, no copy). saveBlob uses it instead of the three calls above when present. Not an IPC call: the
   * desktop bridge never has it.
   */
  saveBlobDirect?(request: SaveBlobDirectRequest, blob: Blob): Promise<SaveFileResult>;
  /** Shows an open dialog; resolves [] when cancelled. */
  openFiles(request: OpenFilesRequest): Promise<OpenedFile[]>;
  notify(request: NotifyRequest): Promise<void>;
  appInfo(): Promise<AppInfo>;
  /** Opens the folder where the data lives (desktop); false when the host cannot. */
  openDataFolder(): Promise<boolean>;
  /** The host asks the UI to go somewhere (menu item, notification click). Returns an unsubscribe. */
  onNavigate(listener: (route: AppRoute) => void): () => void;
  /** Shows a folder dialog (desktop). Resolves {} when cancelled, and always in the browser. */
  chooseFolder(request: ChooseFolderRequest): Promise<ChooseFolderResult>;
  /**
   * Writes an automatic backup. Desktop: atomically into settings.autoBackupFolder, then removes all
   * but the newest settings.keepBackups automatic backups there (never any other file), and records
   * lastAutoBackupDate. Browser: downloads it (nothing can be pruned there).
   */
  writeAutoBackup(request: WriteAutoBackupRequest): Promise<WriteAutoBackupResult>;
  /**
   * The window is closing and an automatic backup is due (desktop only; never fires in the browser).
   * The listener makes the backup and then calls quitReady(). Returns an unsubscribe. With no
   * listener subscribed, the preload answers quitReady() itself, so a quit never waits for nothing.
   */
  onBeforeQuit(listener: () => void): () => void;
  /** Tells the host the quit backup is done (or failed): it closes the window now. */
  quitReady(): Promise<void>;
}

export const APP_ROUTES = ['overzicht', 'checklist', 'personeel', 'documenten', 'termijnen', 'pakket', 'instellingen', 'over', 'opdrachtgevers', 'kaders', 'opstellen'] as const;
export const AppRouteSchema = z.enum(APP_ROUTES);
export type AppRoute = z.infer<typeof AppRouteSchema>;

const FileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).min(1).max(20),
});
export type FileFilter = z.infer<typeof FileFilterSchema>;

const MAX_IPC_BYTES = 2 * 1024 * 1024 * 1024 - 1;

export const SaveFileRequestSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    // Only what no OS allows (a path separator, control characters); main checks the rest per OS and says in
    // Dutch what is wrong (electron/main/save-name-policy.ts, issue #14).
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
    .refine((n) => !/[/\u0000-\u001f]/.test(n) && n !== '.' && n !== '..', 'ongeldige bestandsnaam'),
  filters: z.array(FileFilterSchema).max(10),
  /** The file, or its consecutive parts (a large PDF comes as views on its attachments, see shared/pack). */
  bytes: z.custom<Uint8Array | Uint8Array[]>((b) => {
    const parts = Array.isArray(b) ? b : [b];
    if (parts.length > 1_000_000 || !parts.every((p) => p instanceof Uint8Array)) return false;
    return parts.reduce((n: number, p: Uint8Array) => n + p.byteLength, 0) <= MAX_IPC_BYTES;
  }, 'ongeldige bytes'),
  /** Remember the folder under this key (e.g. 'pakket', 'backup'). */
  folderKey: z.string().regex(/^[a-z-]{1,30}$/).optional(),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;
export interface SaveFileResult {
  saved: boolean;
  /** Where it went, when the host knows (desktop). */
  path?: string;
}

/** A streamed save: at most 4 GiB in all, parts of at most 64 MiB (one IPC message each). */
export const MAX_SAVE_BYTES = 4 * 1024 * 1024 * 1024;
export const MAX_SAVE_CHUNK_BYTES = 64 * 1024 * 1024;

export const BeginSaveRequestSchema = SaveFileRequestSchema.omit({ bytes: true }).extend({
  /** Total bytes that will follow in writeSaveChunk calls. */
  size: z.number().int().min(0).max(MAX_SAVE_BYTES),
});
export type BeginSaveRequest = z.infer<typeof BeginSaveRequestSchema>;
export type BeginSaveResult = { saved: false } | { token: string };
export const SaveBlobDirectRequestSchema = SaveFileRequestSchema.omit({ bytes: true });
export type SaveBlobDirectRequest = z.infer<typeof SaveBlobDirectRequestSchema>;
/** Tokens are random hex (desktop) or a UUID (browser); nothing else reaches main's session table. */
export const SaveTokenSchema = z.string().regex(/^[0-9a-f-]{16,64}$/);
export const SaveChunkSchema = z.custom<Uint8Array>(
  (b) => b instanceof Uint8Array && b.byteLength <= MAX_SAVE_CHUNK_BYTES,
  'ongeldige bytes',
);

export const OpenFilesRequestSchema = z.object({
  filters: z.array(FileFilterSchema).max(10),
  multiple: z.boolean(),
  title: z.string().max(200).optional(),
  /** 'backup' may open files up to the backup size; anything else is an import and gets the import limit (issue #14). */
  purpose: z.enum(['document', 'backup']).optional(),
});
export type OpenFilesRequest = z.infer<typeof OpenFilesRequestSchema>;
export interface OpenedFile {
  name: string;
  /** MIME type as the host guesses it from the name; the app sniffs the content itself. */
  type: string;
  bytes: Uint8Array;
}

export const NotifyRequestSchema = z.object({
  title: z.string().min(1).max(200),
  body: z.string().max(2000),
  /** Route opened when the notification is clicked. */
  route: AppRouteSchema.optional(),
});
export type NotifyRequest = z.infer<typeof NotifyRequestSchema>;

export const ChooseFolderRequestSchema = z.object({
  title: z.string().min(1).max(200),
});
export type ChooseFolderRequest = z.infer<typeof ChooseFolderRequestSchema>;
export interface ChooseFolderResult {
  /** The chosen folder; absent when cancelled or when the host has no folders (browser). */
  path?: string;
}

export const WriteAutoBackupRequestSchema = z.object({
  /** Only the automatic-backup name pattern: no separators, so no way out of the chosen folder. */
  fileName: z.string().max(100).regex(AUTO_BACKUP_NAME_PATTERN, 'ongeldige bestandsnaam'),
  bytes: z.custom<Uint8Array>((b) => b instanceof Uint8Array && b.byteLength > 0 && b.byteLength <= MAX_IPC_BYTES, 'ongeldige bytes'),
});
export type WriteAutoBackupRequest = z.infer<typeof WriteAutoBackupRequestSchema>;
export interface WriteAutoBackupResult {
  saved: boolean;
  /** Where it went (desktop). */
  path?: string;
  /** How many older automatic backups were removed. */
  removed: number;
}

export interface AppInfo {
  host: 'electron' | 'browser';
  version: string;
  /** Human-readable place where the data is kept. */
  dataLocation: string;
}

/** One IPC channel per function, namespaced; the preload and main both use this table. */
export const HOST_CHANNELS = {
  getSettings: 'host:get-settings',
  setSettings: 'host:set-settings',
  saveFile: 'host:save-file',
  beginSave: 'host:begin-save',
  writeSaveChunk: 'host:write-save-chunk',
  finishSave: 'host:finish-save',
  openFiles: 'host:open-files',
  notify: 'host:notify',
  appInfo: 'host:app-info',
  openDataFolder: 'host:open-data-folder',
  navigate: 'host:navigate',
  chooseFolder: 'host:choose-folder',
  writeAutoBackup: 'host:write-auto-backup',
  quitReady: 'host:quit-ready',
  /** Event main → renderer: the window is closing and an automatic backup is due. */
  beforeQuit: 'host:before-quit',
} as const satisfies Record<HostInvokeMethod | 'navigate' | 'beforeQuit', string>;

/** Bridge functions that are calls into main; the on* ones are subscriptions to main's events, saveBlobDirect the page's own. */
export type HostInvokeMethod = Exclude<keyof HostApi, 'onNavigate' | 'onBeforeQuit' | 'saveBlobDirect'>;

/** Argument schemas main validates before doing anything. */
export const HOST_ARG_SCHEMAS = {
  getSettings: z.tuple([]),
  setSettings: z.tuple([SettingsPatchSchema]),
  saveFile: z.tuple([SaveFileRequestSchema]),
  beginSave: z.tuple([BeginSaveRequestSchema]),
  writeSaveChunk: z.tuple([SaveTokenSchema, SaveChunkSchema]),
  finishSave: z.tuple([SaveTokenSchema, z.boolean()]),
  openFiles: z.tuple([OpenFilesRequestSchema]),
  notify: z.tuple([NotifyRequestSchema]),
  appInfo: z.tuple([]),
  openDataFolder: z.tuple([]),
  chooseFolder: z.tuple([ChooseFolderRequestSchema]),
  writeAutoBackup: z.tuple([WriteAutoBackupRequestSchema]),
  quitReady: z.tuple([]),
} as const satisfies Record<HostInvokeMethod, z.ZodType>;

/** The global name under which the preload exposes the bridge. */
export const HOST_GLOBAL = 'kwaliteitsmapHost';
