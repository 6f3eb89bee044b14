/**
 * Strips active content (see shared/files/active-content.ts) from an attachment's pages before they are moved
 * into the pack, so the gemeente's PDF reader finds nothing to run or open. Works on the parsed source in place,
 * on every object the pages reach (annotations, form fields and their parents, resources, ...). The document
 * catalog (/OpenAction, /Names, /AcroForm with XFA) is never carried into the pack; only pages are.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { activeKeysOf, orderKinds, unsafeAction, type ActiveContentKind } from '../files/active-content';

/** Removes every active key from the objects reachable from `pageRefs`; returns what was removed. */
export function stripActiveContent(ctx: PDFContext, pageRefs: readonly PDFRef[]): ActiveContentKind[] {
  const removed = new Set<ActiveContentKind>();
  const seen = new Set<PDFObject>();
  const stack: PDFObject[] = [...pageRefs];
  const annotsKey = PDFName.of('Annots');
  for (let guard = 0; stack.length > 0 && guard < 5_000_000; guard++) {
    let value = stack.pop() as PDFObject;
    if (value instanceof PDFRef) {
      if (seen.has(value)) continue;
      seen.add(value);
      value = ctx.lookup(value) as PDFObject;
      if (value === undefined) continue;
    }
    if (seen.has(value)) continue;
    seen.add(value);
    if (value instanceof PDFStream) {
      stack.push(value.dict);
    } else if (value instanceof PDFArray) {
      for (const item of value.asArray()) stack.push(item);
    } else if (value instanceof PDFDict) {
      cleanDict(ctx, value, removed);
      const annots = value.lookup(annotsKey);
      if (annots instanceof PDFArray) dropUnsafeAnnotations(ctx, value, annots, removed);
      for (const [, child] of value.entries()) stack.push(child);
    }
  }
  return orderKinds(removed);
}

function cleanDict(ctx: PDFContext, dict: PDFDict, removed: Set<ActiveContentKind>): void {
  for (const { key, kind } of activeKeysOf(ctx, dict)) {
    // An annotation's subtype is handled by dropping the annotation from its page (below).
    if (key === 'Subtype' || key === 'Type') {
      if (kind === 'embedded-file') {
        // An embedded file's stream: keep the object (something may point at it) but empty its dictionary.
        for (const [k] of dict.entries()) dict.delete(k);
        removed.add(kind);
      }
      continue;
    }
    if (key === 'Next') {
      const next = dict.lookup(PDFName.of('Next'));
      if (next instanceof PDFArray) {
        const safe = next.asArray().filter((n) => !unsafeAction(ctx, n));
        if (safe.length > 0) dict.set(PDFName.of('Next'), ctx.obj(safe));
        else dict.delete(PDFName.of('Next'));
      } else {
        dict.delete(PDFName.of('Next'));
      }
    } else {
      dict.delete(PDFName.of(key));
    }
    removed.add(kind);
  }
}

function dropUnsafeAnnotations(ctx: PDFContext, page: PDFDict, annots: PDFArray, removed: Set<ActiveContentKind>): void {
  const keep: PDFObject[] = [];
  for (const item of annots.asArray()) {
    const annot = item instanceof PDFRef ? ctx.lookup(item) : item;
    const kind = annot instanceof PDFDict ? activeKeysOf(ctx, annot).find((f) => f.key === 'Subtype')?.kind : undefined;
    if (kind) removed.add(kind);
    else keep.push(item);
  }
  if (keep.length !== annots.size()) page.set(PDFName.of('Annots'), ctx.obj(keep));
}
