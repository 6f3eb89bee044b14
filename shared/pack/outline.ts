/**
 * The PDF outline (bookmarks) of the pack: written straight into the merged document's catalog, because the
 * attachments' pages only get their final place in the merge (an outline made with the layout would point
 * at the placeholder page).
 */
import { PDFDict, PDFHexString, PDFName, PDFNumber, type PDFContext, type PDFRef } from 'pdf-lib';

export interface OutlineItem {
  level: number;
  title: string;
  /** The page the bookmark opens. */
  page: PDFRef;
}

interface Node {
  item?: OutlineItem;
  ref: PDFRef;
  children: Node[];
}

/** Builds /Outlines from a flat list with levels (0 = top); top-level items open, others closed. */
export function writeOutline(ctx: PDFContext, catalog: PDFDict, items: readonly OutlineItem[]): void {
  if (items.length === 0) return;
  const root: Node = { ref: ctx.nextRef(), children: [] };
  const stack: Node[] = [root];
  for (const item of items) {
    const node: Node = { item, ref: ctx.nextRef(), children: [] };
    while (stack.length > item.level + 1) stack.pop();
    (stack[stack.length - 1] as Node).children.push(node);
    stack.push(node);
  }
  const write = (parent: Node): number => {
    let visible = 0;
    parent.children.forEach((node, i) => {
      const open = (node.item?.level ?? 0) === 0 && node.children.length > 0;
      const below = write(node);
      const dict = ctx.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.item?.title ?? ''));
      dict.set(PDFName.of('Parent'), parent.ref);
      dict.set(PDFName.of('Dest'), ctx.obj([node.item?.page as PDFRef, PDFName.of('Fit')]));
      const prev = parent.children[i - 1];
      const next = parent.children[i + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev.ref);
      if (next) dict.set(PDFName.of('Next'), next.ref);
      if (node.children.length > 0) {
        dict.set(PDFName.of('First'), (node.children[0] as Node).ref);
        dict.set(PDFName.of('Last'), (node.children[node.children.length - 1] as Node).ref);
        dict.set(PDFName.of('Count'), PDFNumber.of(open ? below : -node.children.length));
      }
      ctx.assign(node.ref, dict);
      visible += 1 + (open ? below : 0);
    });
    return visible;
  };
  const count = write(root);
  const outlines = ctx.obj({ Type: 'Outlines' }) as PDFDict;
  outlines.set(PDFName.of('First'), (root.children[0] as Node).ref);
  outlines.set(PDFName.of('Last'), (root.children[root.children.length - 1] as Node).ref);
  outlines.set(PDFName.of('Count'), PDFNumber.of(count));
  ctx.assign(root.ref, outlines);
  catalog.set(PDFName.of('Outlines'), root.ref);
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
