import { z } from 'zod';
import type { Settings, SettingsPatch } from './settings';
import { SettingsPatchSchema } from './settings';

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
  /** Shows an open dialog; resolves [] when cancelled. */
  openFiles(request: OpenFilesRequest): Promise<OpenedFile[]>;
  notify(request: NotifyRequest): Promise<void>;
  appInfo(): Promise<AppInfo>;
  /** Opens the folder where the data lives (desktop); false when the host cannot. */
  openDataFolder(): Promise<boolean>;
  /** The host asks the UI to go somewhere (menu item, notification click). Returns an unsubscribe. */
  onNavigate(listener: (route: AppRoute) => void): () => void;
}

export const APP_ROUTES = ['overzicht', 'checklist', 'personeel', 'documenten', 'termijnen', 'pakket', 'instellingen', 'over'] as const;
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
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
    .refine((n) => !/[\\/:*?"<>|\u0000-\u001f]/.test(n), 'ongeldige bestandsnaam'),
  filters: z.array(FileFilterSchema).max(10),
  bytes: z.custom<Uint8Array>((b) => b instanceof Uint8Array && b.byteLength <= MAX_IPC_BYTES, 'ongeldige bytes'),
  /** Remember the folder under this key (e.g. 'pakket', 'backup'). */
  folderKey: z.string().regex(/^[a-z-]{1,30}$/).optional(),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;
export interface SaveFileResult {
  saved: boolean;
  /** Where it went, when the host knows (desktop). */
  path?: string;
}

export const OpenFilesRequestSchema = z.object({
  filters: z.array(FileFilterSchema).max(10),
  multiple: z.boolean(),
  title: z.string().max(200).optional(),
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
  openFiles: 'host:open-files',
  notify: 'host:notify',
  appInfo: 'host:app-info',
  openDataFolder: 'host:open-data-folder',
  navigate: 'host:navigate',
} as const satisfies Record<Exclude<keyof HostApi, 'onNavigate'> | 'navigate', string>;

/** Argument schemas main validates before doing anything. */
export const HOST_ARG_SCHEMAS = {
  getSettings: z.tuple([]),
  setSettings: z.tuple([SettingsPatchSchema]),
  saveFile: z.tuple([SaveFileRequestSchema]),
  openFiles: z.tuple([OpenFilesRequestSchema]),
  notify: z.tuple([NotifyRequestSchema]),
  appInfo: z.tuple([]),
  openDataFolder: z.tuple([]),
} as const satisfies Record<Exclude<keyof HostApi, 'onNavigate'>, z.ZodType>;

/** The global name under which the preload exposes the bridge. */
export const HOST_GLOBAL = 'kwaliteitsmapHost';
