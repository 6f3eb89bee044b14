import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Each setting's type, without a default: the patch schema must not fill in absent keys. */
const FIELDS = {
  /** Days ahead that count as "verloopt binnenkort". */
  horizonDays: z.union([z.literal(30), z.literal(60), z.literal(90)]),
  notificationsEnabled: z.boolean(),
  /** Time of the daily reminder, 'HH:MM' in Europe/Amsterdam. */
  reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** 'YYYY-MM-DD' of the last summary notification: at most one a day. */
  lastNotificationDate: isoDay,
  /** Largest file accepted on import, in MB. */
  maxFileSizeMb: z.number().int().min(1).max(2000),
  /** Automatic backup at most once a day: on quit to autoBackupFolder (desktop), as a download at start-up (browser). */
  autoBackupEnabled: z.boolean(),
  /**
   * The user has said yes or no to the automatic backup. The browser asks once before its first
   * download (that file holds every document unencrypted, so it is not done unasked).
   */
  autoBackupAnswered: z.boolean(),
  /** Folder for automatic backups (desktop only); main accepts only a folder the user picked in its dialog. */
  autoBackupFolder: z.string().max(4096),
  /** How many automatic backups stay in autoBackupFolder; older ones (and only those) are removed. */
  keepBackups: z.number().int().min(1).max(100),
  /** 'YYYY-MM-DD' (Europe/Amsterdam) of the last automatic backup: at most one a day. */
  lastAutoBackupDate: isoDay,
};

/** User settings kept by the host (electron-store on the desktop, localStorage in the browser). */
export const SettingsSchema = z.object({
  horizonDays: FIELDS.horizonDays.default(60),
  notificationsEnabled: FIELDS.notificationsEnabled.default(true),
  reminderTime: FIELDS.reminderTime.default('09:00'),
  lastNotificationDate: FIELDS.lastNotificationDate.optional(),
  maxFileSizeMb: FIELDS.maxFileSizeMb.default(100),
  autoBackupEnabled: FIELDS.autoBackupEnabled.default(true),
  autoBackupAnswered: FIELDS.autoBackupAnswered.default(false),
  autoBackupFolder: FIELDS.autoBackupFolder.optional(),
  keepBackups: FIELDS.keepBackups.default(10),
  lastAutoBackupDate: FIELDS.lastAutoBackupDate.optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;
/** A change to some settings: only the keys sent, nothing filled in. */
export const SettingsPatchSchema = z.object(FIELDS).partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Reads stored settings leniently: unknown or invalid fields fall back to defaults. */
export function parseStoredSettings(raw: unknown): Settings {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(SettingsSchema.shape) as (keyof Settings)[]) {
    const field = SettingsSchema.shape[key].safeParse(input[key]);
    if (field.success) out[key] = field.data;
  }
  return SettingsSchema.parse(out);
}
