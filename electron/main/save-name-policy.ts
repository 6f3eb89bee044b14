/**
 * Which file names a save dialog may suggest, per operating system (issue #14): everything the OS allows, and a
 * Dutch sentence for what it does not. Windows: no < > : " / \ | ? *, no reserved device names (CON, NUL, COM1…),
 * no trailing dot or space (https://learn.microsoft.com/windows/win32/fileio/naming-a-file). macOS and Linux: no
 * "/" and no NUL (POSIX), and ":" is shown as "/" by the macOS Finder but is legal.
 */
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*]/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;

/** Undefined when `name` is a legal file name on `platform`; otherwise what is wrong, in Dutch. */
export function saveNameProblem(name: string, platform: NodeJS.Platform): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f]/.test(name)) return `De bestandsnaam ‘${name.replace(/[\u0000-\u001f]/g, '?')}’ bevat een onzichtbaar teken. Kies een andere naam.`;
  if (name === '.' || name === '..') return `‘${name}’ kan geen bestandsnaam zijn. Kies een andere naam.`;
  if (platform === 'win32') {
    if (WINDOWS_FORBIDDEN.test(name)) return `De bestandsnaam ‘${name}’ kan niet op Windows: de tekens < > : " / \\ | ? * zijn daar niet toegestaan. Kies een andere naam.`;
    if (WINDOWS_RESERVED.test(name)) return `‘${name}’ is op Windows gereserveerd voor een apparaat en kan geen bestandsnaam zijn. Kies een andere naam.`;
    if (/[. ]$/.test(name)) return `Een bestandsnaam op Windows mag niet eindigen op een punt of spatie (‘${name}’). Kies een andere naam.`;
    return undefined;
  }
  if (name.includes('/')) return `De bestandsnaam ‘${name}’ bevat een schuine streep (/); die is niet toegestaan. Kies een andere naam.`;
  return Buffer.byteLength(name, 'utf8') > 255 ? 'Deze bestandsnaam is te lang. Kies een kortere naam.' : undefined;
}
