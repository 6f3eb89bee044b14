/**
 * The plan of a pack before layout (which attachments, their numbers and page counts), the anchors pages are
 * referred to by, and how a layout page moves to its final page once the merge inserts the attachments.
 */
import { truncate } from './format';
import type { PackAttachment, PackTocEntry, SkippedAttachment } from './model';
import type { PackSelection } from './select';

/** An included attachment with its number and page count (known before layout). */
export interface PlannedAttachment {
  number: number;
  attachment: PackAttachment;
  /** The requirements it proves as the kader names them ("Veiligheid 1"). */
  requirementLabels: string[];
  pageCount: number;
  sha256: string;
}

/** Everything the layout needs besides page numbers. */
export interface PackPlan {
  selection: PackSelection;
  included: PlannedAttachment[];
  skipped: SkippedAttachment[];
  /** Full SHA-256 per documentId, computed from the bytes. */
  hashes: Record<string, string>;
}

/** Page numbers in the final PDF (from the single layout pass). */
export interface PageMap {
  /** Anchor id → physical page. */
  pages: Record<string, number>;
  total: number;
}

export const anchors = {
  summary: 'summary',
  section: (id: string) => `section:${id}`,
  requirement: (id: string) => `req:${id}`,
  staff: 'staff',
  attachments: 'attachments',
  attachment: (n: number) => `att:${n}`,
  manifest: 'manifest',
  skipped: 'skipped',
} as const;

/** Reader's names of requirement ids, e.g. "Veiligheid 1, Personeel 3". */
export function requirementNames(selection: PackSelection, ids: readonly string[]): string {
  return [...new Set(ids.map((id) => selection.labels.get(id) ?? 'eis'))].join(', ');
}

/** Pages the "Niet opgenomen" part is needed for: unreadable files or stored documents left out. */
export function hasLeftOut(plan: PackPlan): boolean {
  return plan.skipped.length > 0 || plan.selection.leftOut.length > 0;
}

export interface TocItem {
  level: 0 | 1 | 2;
  title: string;
  anchor: string;
}

/** Table of contents in order; titles in Dutch, requirements as the kader names them. */
export function tocItems(plan: PackPlan): TocItem[] {
  const { selection } = plan;
  const items: TocItem[] = [{ level: 0, title: 'Samenvatting', anchor: anchors.summary }];
  for (const section of selection.sections) {
    items.push({ level: 0, title: section.title, anchor: anchors.section(section.id) });
    for (const entry of section.entries) {
      items.push({ level: 1, title: `${entry.label}  ${truncate(entry.text, 80)}`, anchor: anchors.requirement(entry.id) });
    }
  }
  if (selection.staffMatrix) items.push({ level: 0, title: 'Personeelsmatrix', anchor: anchors.staff });
  // One line for the bijlagen: the manifest lists each one with its start page, which keeps the front short.
  if (plan.included.length > 0) {
    items.push({ level: 0, title: `Bijlagen (${plan.included.length}, per bijlage de pagina in het manifest)`, anchor: anchors.attachments });
  }
  items.push({ level: 0, title: 'Manifest', anchor: anchors.manifest });
  if (hasLeftOut(plan)) items.push({ level: 0, title: 'Niet opgenomen', anchor: anchors.skipped });
  return items;
}

export function resolveToc(plan: PackPlan, map: PageMap): PackTocEntry[] {
  return tocItems(plan).map((i) => ({ level: i.level, title: i.title, page: map.pages[i.anchor] ?? 0 }));
}

/** Bookmarks: the table of contents, and under "Bijlagen" every attachment. */
export function outlineItems(plan: PackPlan, map: PageMap): PackTocEntry[] {
  const out: PackTocEntry[] = [{ level: 0, title: 'Voorblad', page: 1 }];
  for (const item of tocItems(plan)) {
    const page = map.pages[item.anchor] ?? 0;
    if (item.anchor === anchors.attachments) {
      out.push({ level: 0, title: `Bijlagen (${plan.included.length})`, page });
      for (const p of plan.included) {
        out.push({ level: 1, title: truncate(`Bijlage ${p.number}: ${p.attachment.title}`, 120), page: map.pages[anchors.attachment(p.number)] ?? 0 });
      }
    } else {
      out.push({ level: item.level, title: item.title.replace(/\s{2,}/g, ' '), page });
    }
  }
  return out.filter((i) => i.page > 0);
}

/** Where an anchor's page in the TOC/bijlage column comes from (the TOC line "Bijlagen" starts at bijlage 1). */
function anchorTarget(anchor: string): string {
  return anchor === anchors.attachments ? anchors.attachment(1) : anchor;
}

/**
 * A page number filled in after pagination (typeset/). It lays the cell out with '00000' (noWrap: never split
 * into two inlines, each of which would print the number) and right-aligns the real number when rendering.
 * The target must be a text leaf with that `id` (named destinations are made for leaves only; the
 * number is also a link to it).
 */
export function pageRef(anchor: string): { pageReference: string; noWrap: true } {
  return { pageReference: anchorTarget(anchor), noWrap: true };
}

/** `att:N` anchors per placeholder page (at 1 pt per line they fit with room to spare). */
export const ANCHORS_PER_PAGE = 500;

/** Layout pages the placeholder section takes. */
export function placeholderPages(plan: PackPlan): number {
  return Math.ceil(plan.included.length / ANCHORS_PER_PAGE);
}

/** Pages the merge adds to the layout: separators and attachment pages, minus the placeholder pages. */
export function insertedPages(plan: PackPlan): number {
  return plan.included.reduce((n, p) => n + 1 + p.pageCount, 0) - placeholderPages(plan);
}

/**
 * The page of the final PDF for an anchor laid out on `layoutPage`: the front is unchanged; bijlage N's
 * anchor goes to its separator (right after the front, behind bijlagen 1..N-1 and their pages); the back
 * (manifest, niet opgenomen) moves by the inserted pages.
 */
export function finalPage(plan: PackPlan): (anchor: string, layoutPage: number) => number {
  // For bijlage N: pages from the first placeholder page to its separator, and its placeholder page's index.
  const attachment = new Map<string, { offset: number; placeholder: number }>();
  let offset = 0;
  plan.included.forEach((p, i) => {
    attachment.set(anchors.attachment(p.number), { offset, placeholder: Math.floor(i / ANCHORS_PER_PAGE) });
    offset += 1 + p.pageCount;
  });
  const back = new Set<string>([anchors.manifest, anchors.skipped]);
  const shift = insertedPages(plan);
  return (anchor, layoutPage) => {
    const a = attachment.get(anchor);
    if (a) return layoutPage - a.placeholder + a.offset;
    return back.has(anchor) ? layoutPage + shift : layoutPage;
  };
}
