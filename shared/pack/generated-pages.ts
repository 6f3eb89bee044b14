/** The generated document's pages in the pack (merge.ts `finish`): placeholders cleared, anchors pointed at separators. */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFContext, type PDFObject } from 'pdf-lib';

/**
 * Points the named destinations in `targets` (name → page) at their page, keeping the view (/XYZ …). Walks
 * the catalog's /Dests name tree (the typesetter writes a flat /Names array; /Kids are followed too).
 */
export function retargetDestinations(ctx: PDFContext, catalog: PDFDict, targets: Map<string, PDFRef>): void {
  const names = catalog.lookup(PDFName.of('Names'));
  const root = names instanceof PDFDict ? names.lookup(PDFName.of('Dests')) : undefined;
  const stack: PDFObject[] = root ? [root] : [];
  for (let guard = 0; stack.length > 0 && guard < 100_000; guard++) {
    const node = stack.pop();
    if (!(node instanceof PDFDict)) continue;
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) stack.push(kids.lookup(i) as PDFObject);
    const pairs = node.lookup(PDFName.of('Names'));
    if (!(pairs instanceof PDFArray)) continue;
    for (let i = 0; i + 1 < pairs.size(); i += 2) {
      const key = pairs.lookup(i);
      const name = key instanceof PDFString || key instanceof PDFHexString ? key.decodeText() : undefined;
      const target = name ? targets.get(name) : undefined;
      if (!target) continue;
      let dest = pairs.lookup(i + 1);
      if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D'));
      if (dest instanceof PDFArray && dest.size() > 0) dest.set(0, target);
      else pairs.set(i + 1, ctx.obj([target, PDFName.of('Fit')]));
    }
  }
}

/** Removes a page's own content stream(s) and resources dict (the typesetter gives each page its own). */
export function clearPage(ctx: PDFContext, page: PDFDict): void {
  const contents = page.get(PDFName.of('Contents'));
  const resolved = contents instanceof PDFRef ? ctx.lookup(contents) : contents;
  if (resolved instanceof PDFArray) {
    for (let i = 0; i < resolved.size(); i++) {
      const part = resolved.get(i);
      if (part instanceof PDFRef) ctx.delete(part);
    }
  }
  if (contents instanceof PDFRef) ctx.delete(contents);
  const resources = page.get(PDFName.of('Resources'));
  if (resources instanceof PDFRef) ctx.delete(resources);
  page.delete(PDFName.of('Contents'));
  page.delete(PDFName.of('Resources'));
}
