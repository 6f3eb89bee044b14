/** Dutch formatting helpers (pure; Intl only). */

/** 'YYYY-MM-DD' → 'dd-mm-jjjj'; anything else is returned unchanged. */
export function formatDateNl(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/** ISO timestamp → 'dd-mm-jjjj HH:MM' in Europe/Amsterdam (what the user's wall clock showed). */
export function formatTimestampAmsterdam(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  const parts = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}-${get('month')}-${get('year')} ${get('hour')}:${get('minute')}`;
}

/** Byte count in Dutch notation: '812 bytes', '14,2 kB', '3,4 MB'. */
export function formatSizeNl(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1).replace('.', ',')} ${units[unit]}`;
}

/** Exact byte count with Dutch thousands separators: 1.234.567. */
export function formatBytesExact(bytes: number): string {
  return String(bytes).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/** Shorten to one line for the table of contents. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
