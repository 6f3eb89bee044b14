import { z } from 'zod';

/** User settings kept by the host (electron-store on the desktop, localStorage in the browser). */
export const SettingsSchema = z.object({
  /** Days ahead that count as "verloopt binnenkort". */
  horizonDays: z.union([z.literal(30), z.literal(60), z.literal(90)]).default(60),
  notificationsEnabled: z.boolean().default(true),
  /** Time of the daily reminder, 'HH:MM' in Europe/Amsterdam. */
  reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).default('09:00'),
  /** 'YYYY-MM-DD' of the last summary notification: at most one a day. */
  lastNotificationDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Largest file accepted on import, in MB. */
  maxFileSizeMb: z.number().int().min(1).max(2000).default(100),
  /** Folder for automatic backups (desktop only). */
  autoBackupFolder: z.string().max(4096).optional(),
  keepBackups: z.number().int().min(1).max(100).default(10),
  lastAutoBackupDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const SettingsPatchSchema = SettingsSchema.partial().strict();
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
