/** Absolute path of the Electron executable, or null when it is not installed (never downloads). */
export function findElectronBinary(): string | null;
/** The one line shown where Electron cannot run. */
export const NO_ELECTRON_MESSAGE: string;
