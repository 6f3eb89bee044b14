/**
 * Moves objects from one parsed PDF into another without copying them: references are renumbered in place
 * (copyPages would deep-clone every object and copy every stream's bytes).
 */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';

const INHERITABLE = ['Resources', 'MediaBox', 'CropBox', 'Rotate'].map((n) => PDFName.of(n));

/**
 * Moves the given pages, plus `extra` values (e.g. a catalog's /Names), and everything they reference from
 * `src` into `dst`. `src` must not be used afterwards. Page parents are dropped (the caller re-parents),
 * inherited attributes are made explicit first. A ref in `premapped` becomes the given ref of `dst` (its object,
 * if any, stays behind). Returns the pages' new refs and the extra values as they are in `dst`.
 */
export function transplant(
  src: PDFContext,
  dst: PDFContext,
  pageRefs: readonly PDFRef[],
  extra: readonly PDFObject[] = [],
  premapped: ReadonlyMap<PDFRef, PDFRef> = new Map(),
): { pages: PDFRef[]; extra: PDFObject[] } {
  const parentKey = PDFName.of('Parent');
  for (const ref of pageRefs) {
    const leaf = src.lookup(ref);
    if (!(leaf instanceof PDFDict)) continue;
    for (const key of INHERITABLE) {
      if (leaf.has(key)) continue;
      const inherited = findInherited(src, leaf, key);
      if (inherited !== undefined) leaf.set(key, inherited);
    }
    if (!leaf.has(PDFName.of('MediaBox'))) leaf.set(PDFName.of('MediaBox'), src.obj([0, 0, 612, 792]));
    leaf.delete(parentKey);
    // Article beads point into the source's thread list; they would drag the whole document along.
    leaf.delete(PDFName.of('B'));
  }

  // Refs already standing for an object of `dst` (a font the pack embeds once) are renamed, not moved.
  const mapped = new Map<PDFRef, PDFRef>(premapped);
  const queue: PDFRef[] = [];
  const seen = new WeakSet<object>();
  const mapRef = (ref: PDFRef): PDFRef => {
    let out = mapped.get(ref);
    if (!out) {
      out = dst.nextRef();
      mapped.set(ref, out);
      queue.push(ref);
    }
    return out;
  };
  const rewrite = (obj: PDFObject): PDFObject => {
    if (obj instanceof PDFRef) return mapRef(obj);
    if (seen.has(obj)) return obj;
    if (obj instanceof PDFDict) {
      seen.add(obj);
      for (const [key, value] of obj.entries()) {
        const next = rewrite(value);
        if (next !== value) obj.set(key, next);
      }
      (obj as unknown as { context: PDFContext }).context = dst;
    } else if (obj instanceof PDFArray) {
      seen.add(obj);
      for (let i = 0; i < obj.size(); i++) {
        const value = obj.get(i);
        const next = rewrite(value);
        if (next !== value) obj.set(i, next);
      }
      (obj as unknown as { context: PDFContext }).context = dst;
    } else if (obj instanceof PDFStream) {
      seen.add(obj);
      rewrite(obj.dict);
    }
    return obj;
  };

  const pages = pageRefs.map(mapRef);
  const extraOut = extra.map(rewrite);
  while (queue.length > 0) {
    const ref = queue.pop() as PDFRef;
    const target = mapped.get(ref) as PDFRef;
    const obj = src.lookup(ref);
    // A dangling reference becomes an empty dict rather than a broken xref entry.
    dst.assign(target, obj === undefined ? dst.obj({}) : rewrite(obj));
  }
  return { pages, extra: extraOut };
}

function findInherited(ctx: PDFContext, leaf: PDFDict, key: PDFName): PDFObject | undefined {
  let node: PDFDict | undefined = leaf;
  for (let depth = 0; depth < 64 && node; depth++) {
    const parent: PDFObject | undefined = node.get(PDFName.of('Parent'));
    const next: PDFObject | undefined = parent ? ctx.lookup(parent) : undefined;
    node = next instanceof PDFDict ? next : undefined;
    const value = node?.get(key);
    if (value !== undefined) return value;
  }
  return undefined;
}
