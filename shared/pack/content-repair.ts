/**
 * Page content streams whose compressed data is damaged part-way (a cut-off download, a bad disk): viewers
 * draw what decodes before the damage and stop there. The pack stores that decodable part, uncompressed and
 * with its open text objects and graphics states closed, so the page looks as it did in the viewer and the
 * pack itself has no broken stream (qpdf --check passes).
 */
import { Unzlib } from 'fflate';
import { PDFArray, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFContext, type PDFDict } from 'pdf-lib';

/**
 * Repairs the content streams of the given pages in place; returns how many were damaged and of those, how
 * many gave nothing at all (that content is lost in every viewer).
 */
export function repairPageContents(context: PDFContext, pageRefs: readonly PDFRef[]): { damaged: number; lost: number } {
  let repaired = 0;
  let lost = 0;
  const seen = new Set<PDFRef>();
  for (const pageRef of pageRefs) {
    const page = context.lookup(pageRef) as PDFDict;
    const contents = page.get(PDFName.of('Contents'));
    const resolved = contents instanceof PDFRef ? context.lookup(contents) : contents;
    const refs = resolved instanceof PDFArray ? resolved.asArray() : [contents];
    for (const ref of refs) {
      if (!(ref instanceof PDFRef) || seen.has(ref)) continue;
      seen.add(ref);
      const stream = context.lookup(ref);
      if (!(stream instanceof PDFRawStream) || decodes(stream)) continue;
      const recovered = recoverFlate(stream);
      repaired++;
      if (!recovered || recovered.length === 0) lost++;
      if (recovered) context.assign(ref, context.stream(closeOpenObjects(recovered)));
    }
  }
  return { damaged: repaired, lost };
}

function decodes(stream: PDFRawStream): boolean {
  try {
    decodePDFRawStream(stream).decode();
    return true;
  } catch {
    return false;
  }
}

/** The bytes a zlib stream gives before its damage (only a plain /FlateDecode stream). */
function recoverFlate(stream: PDFRawStream): Uint8Array | undefined {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const single = filter instanceof PDFArray ? (filter.size() === 1 ? filter.lookup(0) : undefined) : filter;
  if (single !== PDFName.of('FlateDecode') || stream.dict.has(PDFName.of('DecodeParms'))) return undefined;
  const chunks: Uint8Array[] = [];
  const inflater = new Unzlib((chunk) => chunks.push(chunk));
  const data = stream.contents;
  try {
    // Small pieces: what a piece decodes to is lost when the damage is in it.
    for (let i = 0; i < data.length; i += 16) inflater.push(data.subarray(i, i + 16), i + 16 >= data.length);
  } catch {
    /* the damage: keep what came before it */
  }
  const length = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.length) - c.length);
  // Drop the token the damage cut through.
  let end = out.length;
  while (end > 0 && !isSpace(out[end - 1]!)) end--;
  return out.subarray(0, end);
}

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;

/** Appends ET / Q for text objects and saved states left open where the data stopped (strings skipped roughly). */
function closeOpenObjects(content: Uint8Array): string {
  let text = '';
  for (let i = 0; i < content.length; i++) text += String.fromCharCode(content[i]!);
  let inText = false;
  let depth = 0;
  const stripped = text.replace(/\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>/g, ' ');
  for (const token of stripped.split(/[\s[\]<>/()]+/)) {
    if (token === 'BT') inText = true;
    else if (token === 'ET') inText = false;
    else if (token === 'q') depth++;
    else if (token === 'Q') depth = Math.max(0, depth - 1);
  }
  return `${text}\n${inText ? 'ET\n' : ''}${'Q\n'.repeat(depth)}`;
}
