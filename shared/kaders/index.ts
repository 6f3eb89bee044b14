/** Built-in kaders (JSON in this folder, validated on load) and the kader format. */
import mgWmoJson from './mg-wmo.json';
import wlzThuisJson from './wlz-thuis.json';
import { loadKader } from './load';
import type { Kader } from './schema';

export * from './schema';
export * from './load';

/** Kwaliteitskader Wmo Midden-Groningen (seed 003). */
export const MG_WMO: Kader = loadKader(mgWmoJson);
/** Addendum langdurige zorg thuis met een Wlz-indicatie (seed 001). */
export const WLZ_THUIS: Kader = loadKader(wlzThuisJson);

/** Every kader that ships with the app; the intake profile's kaderIds choose which apply. */
export const BUILTIN_KADERS: readonly Kader[] = [MG_WMO, WLZ_THUIS];

export function findBuiltinKader(id: string): Kader | undefined {
  return BUILTIN_KADERS.find((k) => k.id === id);
}
export * from './file';
export * from './diff';
export * from './copy';
export * from './from-custom';
export * from './labels';
