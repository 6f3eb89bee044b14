/** Names inside the pack's ZIP: readable, the same for the same pack, and safe on Windows, macOS and Linux. */
import { stripHiddenCharacters } from '../files/content-name';

/**
 * A path segment that works on Windows, macOS and Linux and in `sha256sum -c` lines: no control or reserved
 * characters, no leading dot, no trailing dot or space (Windows drops them), no device names (CON, NUL, …).
 */
export function safeSegment(name: string, max = 120): string {
  let cleaned = [...stripHiddenCharacters(name).normalize('NFC')]
    .map((ch) => ((ch.codePointAt(0) as number) < 0x20 || ch === '\u007f' ? '_' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/^\.+/, '_')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned.length > max) {
    const dot = cleaned.lastIndexOf('.');
    const ext = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : '';
    cleaned = `${cleaned.slice(0, max - ext.length).trimEnd()}${ext}`;
  }
  cleaned = cleaned.replace(/[. ]+$/, '');
  if (/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i.test(cleaned)) cleaned = `_${cleaned}`;
  return cleaned || 'bestand';
}

/** Folder names in ASCII: unzip tools that ignore the ZIP's UTF-8 flag (older Windows, a C locale) still read them. */
export function asciiFold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").replace(/[–—]/g, '-').replace(/[^\x20-\x7e]/g, '_');
}

/**
 * Readable folder of a requirement: "Veiligheid 1 - Er is een eigen, actuele meldcode" (the kader's name for
 * it, then the start of its text, cut at a word), at most 60 characters.
 */
export function requirementFolder(label: string, text: string): string {
  const head = asciiFold(label).replace(/\s+/g, ' ').trim();
  const full = `${head} - ${asciiFold(text).replace(/\s+/g, ' ').trim()}`;
  let cut = full;
  if (full.length > 60) {
    const space = full.lastIndexOf(' ', 60);
    cut = space > head.length + 12 ? full.slice(0, space) : head;
  }
  return safeSegment(cut.replace(/[,;:-]+$/, '').trim(), 60);
}

/** `name`, or "name (2).ext", … when a name (case-insensitive) is taken already. */
export function uniqueName(name: string, taken: Set<string>, hasExtension = true): string {
  const dot = hasExtension ? name.lastIndexOf('.') : -1;
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
