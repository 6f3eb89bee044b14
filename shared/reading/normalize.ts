/** Lower case, accents removed, every run of white space one space: what the patterns match against. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A file name as words: "VOG_sanne-de-vries.pdf" → "vog sanne de vries". */
export function normalizeFileName(fileName: string): string {
  return normalizeText(fileName.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[_\-.+]+/g, ' '));
}
