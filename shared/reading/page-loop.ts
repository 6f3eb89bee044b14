/**
 * Reading a scan page by page. OCR costs seconds per page, and a certificate or VOG may have its dates on a
 * later page: read on until the proposal has what the form needs from the paper (the type and its dates) or
 * MAX_OCR_PAGES are read. Pure: the caller renders and reads each page.
 */
import { getEvidenceType } from '../evidence';
import type { DocumentProposal } from './types';

/** At most this many pages of a scan are read by OCR (about 2–4 s each). */
export const MAX_OCR_PAGES = 6;

/** Pages read by OCR are joined with a form feed between them. */
export const PAGE_BREAK = '\n\f\n';

/**
 * Whether a proposal has what the paper is read for: a type, and the dates that type takes from the paper
 * (the issue date unless the type has none, the end date where the type requires one).
 */
export function proposalHasDates(proposal: DocumentProposal): boolean {
  const type = proposal.evidenceType ? getEvidenceType(proposal.evidenceType.value) : undefined;
  if (!type) return false;
  if (type.issueDate.use !== 'hidden' && !proposal.issueDate) return false;
  if (type.validUntil.use === 'required' && !proposal.validUntil) return false;
  return true;
}

export interface PageLoopOptions {
  pageCount: number;
  maxPages?: number;
  /** Reads page `n` (1-based). */
  readPage: (n: number) => Promise<string>;
  /** Whether the text of the pages read so far is enough to stop. */
  enough: (text: string) => boolean;
  /** Stops before the next page (the page being read is the caller's to stop). */
  signal?: AbortSignal;
  /** Called before page `n` of `total` is read. */
  onPage?: (n: number, total: number) => void;
}

export interface PageLoopResult {
  text: string;
  pagesRead: number;
  /** How many pages would have been read without stopping early. */
  total: number;
}

export async function readPagesUntilEnough(options: PageLoopOptions): Promise<PageLoopResult> {
  const total = Math.max(0, Math.min(options.pageCount, options.maxPages ?? MAX_OCR_PAGES));
  const parts: string[] = [];
  for (let n = 1; n <= total; n++) {
    options.signal?.throwIfAborted();
    options.onPage?.(n, total);
    parts.push(await options.readPage(n));
    if (options.enough(parts.join(PAGE_BREAK))) break;
  }
  return { text: parts.join(PAGE_BREAK), pagesRead: parts.length, total };
}
