/**
 * Pages → PDF objects with pdf-lib's low-level API: one content stream per page, the used glyphs of each face
 * as an embedded subset, page numbers as links to named destinations (catalog /Names /Dests, sorted).
 */
import { PDFDocument, PDFName, PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import { flateStream } from './deflate';
import { embedType0Font } from './font-embed';
import type { Face, FaceKey, FontBook } from './font-book';
import { pageSize, type Op, type Page, type TextStyle } from './types';

const FACE_NAMES: Record<FaceKey, string> = { regular: 'F1', bold: 'F2', italics: 'F3', bolditalics: 'F4' };
const SUBSET_TAGS: Record<FaceKey, string> = { regular: 'KMAAAA', bold: 'KMAAAB', italics: 'KMAAAC', bolditalics: 'KMAAAD' };

function n(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

function rgb(color: string): string {
  let hex = color.startsWith('#') ? color.slice(1) : '000000';
  if (hex.length === 3) hex = hex.replace(/./g, (c) => c + c);
  const v = Number.parseInt(hex, 16) || 0;
  return `${n(((v >> 16) & 255) / 255)} ${n(((v >> 8) & 255) / 255)} ${n((v & 255) / 255)}`;
}

interface Link {
  rect: [number, number, number, number];
  anchor: string;
}

export interface PaintedPage {
  content: string;
  links: Link[];
  faces: Set<Face>;
  width: number;
  height: number;
}

/** One page's content stream. `top`: where each band starts; `number(anchor)`: the page a reference prints. */
export function paintPage(page: Page, fonts: FontBook, number: (anchor: string) => string): PaintedPage {
  const { width, height } = pageSize(page.orientation);
  const parts: string[] = [];
  const links: Link[] = [];
  const faces = new Set<Face>();
  const text = (x: number, baseline: number, value: string, style: TextStyle) => {
    const face = fonts.face(style);
    faces.add(face);
    // Tc is graphics state: it outlives ET, so every text sets it.
    const cs = `${n(style.characterSpacing)} Tc `;
    parts.push(`BT /${FACE_NAMES[face.key]} ${n(style.fontSize)} Tf ${cs}${rgb(style.color)} rg 1 0 0 1 ${n(x)} ${n(height - baseline)} Tm <${fonts.encode(value, style)}> Tj ET`);
  };
  const draw = (op: Op, top: number) => {
    switch (op.kind) {
      case 'rect':
        parts.push(`${rgb(op.color)} rg ${n(op.x)} ${n(height - top - op.y - op.h)} ${n(op.w)} ${n(op.h)} re f`);
        break;
      case 'line':
        parts.push(`${n(op.width)} w ${rgb(op.color)} RG ${n(op.x1)} ${n(height - top - op.y1)} m ${n(op.x2)} ${n(height - top - op.y2)} l S`);
        break;
      case 'text':
        text(op.x, top + op.baseline, op.text, op.style);
        break;
      case 'pageRef': {
        const value = number(op.anchor);
        const w = fonts.width(value, op.style);
        const x = op.style.alignment === 'right' ? op.x + op.width - w : op.style.alignment === 'center' ? op.x + (op.width - w) / 2 : op.x;
        text(x, top + op.baseline, value, op.style);
        links.push({ rect: [op.x, height - top - op.top - op.height, op.x + op.width, height - top - op.top], anchor: op.anchor });
        break;
      }
      case 'dest':
        break;
    }
  };
  for (const { top, band } of page.placed) for (const op of band.ops) draw(op, top);
  return { content: parts.join('\n'), links, faces, width, height };
}

/** Named destinations: id → [page index, x, y from the top]. */
export type Destinations = Map<string, { page: number; x: number; y: number }>;

/**
 * A new PDF document (context) holding the painted pages, their fonts, links and named destinations. Faces in
 * `embeddedElsewhere` are not embedded here: their pages point at a placeholder ref (unassigned, returned in
 * `placeholders`) that the merge maps onto the font it embeds once for the whole pack (separator-text.ts).
 */
export async function writeDocument(
  painted: readonly PaintedPage[],
  fonts: FontBook,
  dests: Destinations,
  embeddedElsewhere: readonly FaceKey[] = [],
): Promise<{ context: PDFContext; placeholders: Map<FaceKey, PDFRef> }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  const fontRefs = new Map<Face, PDFRef>();
  const placeholders = new Map<FaceKey, PDFRef>();
  for (const face of new Set(painted.flatMap((p) => [...p.faces]))) {
    if (embeddedElsewhere.includes(face.key)) {
      const ref = ctx.nextRef();
      placeholders.set(face.key, ref);
      fontRefs.set(face, ref);
    } else {
      fontRefs.set(face, embedType0Font(ctx, face.font, face.used, SUBSET_TAGS[face.key]));
    }
  }
  const tree = doc.catalog.Pages();
  const pagesRef = doc.catalog.get(PDFName.of('Pages')) as PDFRef;
  const pageRefs = painted.map((p) => {
    const font = Object.fromEntries([...p.faces].map((f) => [FACE_NAMES[f.key], fontRefs.get(f) as PDFRef]));
    const annots = p.links.map((l) =>
      ctx.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: l.rect.map((v) => Math.round(v * 100) / 100),
        Border: [0, 0, 0],
        A: { S: 'GoTo', D: PDFString.of(l.anchor) },
      }),
    );
    const page = ctx.obj({
      Type: 'Page',
      Parent: pagesRef,
      MediaBox: [0, 0, p.width, p.height],
      Resources: { Font: font },
      Contents: ctx.register(flateStream(ctx, p.content)),
      ...(annots.length ? { Annots: annots } : {}),
    });
    const ref = ctx.register(page);
    tree.pushLeafNode(ref);
    return ref;
  });
  const names = [...dests.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.length > 0) {
    const flat = names.flatMap(([id, d]) => {
      const page = painted[d.page - 1] as PaintedPage;
      return [PDFString.of(id), ctx.obj([pageRefs[d.page - 1] as PDFRef, 'XYZ', Math.round(d.x * 100) / 100, Math.round((page.height - d.y) * 100) / 100, null])];
    });
    doc.catalog.set(PDFName.of('Names'), ctx.obj({ Dests: ctx.obj({ Names: ctx.obj(flat) }) }));
  }
  return { context: ctx, placeholders };
}
