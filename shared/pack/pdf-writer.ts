/**
 * Writes a pdf-lib context as a PDF in rounds: objects that are final early (each attachment, before the
 * layout is made) are serialised at once and can be taken away (`take`), the rest when the pack is complete. Offsets do not depend on
 * what comes later, so the first round's bytes never change. The file comes out as consecutive parts: small
 * buffers with the serialised objects, and stream contents as views on their source (the attachment files),
 * so a 200 MB pack is never copied into one buffer by the pack itself (the Blob or the file write does).
 */
import {
  PDFContext,
  PDFCrossRefSection,
  PDFHeader,
  PDFStream,
  PDFTrailer,
  PDFTrailerDict,
  type PDFDict,
  type PDFObject,
  type PDFRef,
} from 'pdf-lib';

/** Smaller contents are copied into the current block; larger ones stay views until `finish`. */
const VIEW_THRESHOLD = 16 * 1024;
const BLOCK_SIZE = 256 * 1024;
/** PDF syntax outside strings is ASCII. */
function ascii(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
const STREAM_OPEN = ascii('\nstream\n');
const OBJ_CLOSE = ascii('\nendobj\n\n');
const STREAM_CLOSE = ascii('\nendstream\nendobj\n\n');

interface StreamInternals {
  dict: PDFDict;
  /** Sets /Length (and /Filter for streams pdf-lib encodes itself). */
  updateDict(): void;
  getContents(): Uint8Array;
}

export interface Trailer {
  size: number;
  root?: PDFObject;
  info?: PDFObject;
  id?: PDFObject;
}

export class PdfPartsWriter {
  private readonly parts: Uint8Array[] = [];
  private block = new Uint8Array(BLOCK_SIZE);
  private used = 0;
  private size = 0;
  private readonly offsets: { ref: PDFRef; offset: number }[] = [];
  private readonly written = new Set<PDFRef>();

  constructor() {
    const header = PDFHeader.forVersion(1, 7);
    this.reserve(header.sizeInBytes() + 2);
    this.used += header.copyBytesInto(this.block, this.used);
    this.block[this.used++] = 0x0a;
    this.block[this.used++] = 0x0a;
    this.size = this.used;
  }

  /**
   * Serialises every indirect object of `context` not written yet, except `defer` (still to change). With
   * `release`, written objects leave the context, so an attachment's objects can be collected once its parts
   * are on disk (nothing looks them up again: later objects only refer to them).
   */
  writePending(context: PDFContext, defer: readonly PDFRef[] = [], release = false): void {
    const skip = new Set(defer);
    for (const [ref, object] of context.enumerateIndirectObjects()) {
      if (this.written.has(ref) || skip.has(ref)) continue;
      this.write(ref, object);
      if (release) context.delete(ref);
    }
  }

  /** The parts written since the last call, in order (the current block closed). */
  take(): Uint8Array[] {
    this.flushBlock();
    return this.parts.splice(0);
  }

  /** What the trailer needs from the context, so the context can be released before `finish`. */
  static trailerOf(context: PDFContext): Trailer {
    return { size: context.largestObjectNumber + 1, root: context.trailerInfo.Root, info: context.trailerInfo.Info, id: context.trailerInfo.ID };
  }

  /** Writes the cross-reference table and trailer and returns the parts not taken yet, in order. */
  finish(trailerInfo: Trailer): Uint8Array[] {
    const xref = PDFCrossRefSection.create();
    for (const { ref, offset } of [...this.offsets].sort((a, b) => a.ref.objectNumber - b.ref.objectNumber)) {
      xref.addEntry(ref, offset);
    }
    const xrefOffset = this.size;
    const trailerDict = PDFTrailerDict.of(
      PDFContext.create().obj({ Size: trailerInfo.size, Root: trailerInfo.root, Info: trailerInfo.info, ID: trailerInfo.id }),
    );
    const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
    this.reserve(xref.sizeInBytes() + 1 + trailerDict.sizeInBytes() + 2 + trailer.sizeInBytes());
    this.used += xref.copyBytesInto(this.block, this.used);
    this.block[this.used++] = 0x0a;
    this.used += trailerDict.copyBytesInto(this.block, this.used);
    this.block[this.used++] = 0x0a;
    this.block[this.used++] = 0x0a;
    this.used += trailer.copyBytesInto(this.block, this.used);
    this.flushBlock();
    return this.parts.splice(0);
  }

  private write(ref: PDFRef, object: PDFObject): void {
    this.written.add(ref);
    this.offsets.push({ ref, offset: this.size });
    const head = ascii(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    if (object instanceof PDFStream) {
      const stream = object as unknown as StreamInternals;
      stream.updateDict();
      const contents = stream.getContents();
      this.appendSmall(head, stream.dict, STREAM_OPEN);
      if (contents.length >= VIEW_THRESHOLD) {
        this.flushBlock();
        this.parts.push(contents);
        this.size += contents.length;
      } else {
        this.appendBytes(contents);
      }
      this.appendBytes(STREAM_CLOSE);
    } else {
      this.appendSmall(head, object, OBJ_CLOSE);
    }
  }

  private appendSmall(head: Uint8Array, object: PDFObject, tail: Uint8Array): void {
    const objectSize = object.sizeInBytes();
    this.reserve(head.length + objectSize + tail.length);
    this.block.set(head, this.used);
    this.used += head.length;
    this.used += object.copyBytesInto(this.block, this.used);
    this.block.set(tail, this.used);
    this.used += tail.length;
    this.size += head.length + objectSize + tail.length;
  }

  private appendBytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.block.set(bytes, this.used);
    this.used += bytes.length;
    this.size += bytes.length;
  }

  private reserve(bytes: number): void {
    if (this.used + bytes <= this.block.length) return;
    this.flushBlock();
    if (bytes > this.block.length) this.block = new Uint8Array(bytes);
  }

  private flushBlock(): void {
    if (this.used === 0) return;
    this.parts.push(this.block.subarray(0, this.used));
    this.block = this.block.subarray(this.used);
    this.used = 0;
    if (this.block.length < 1024) this.block = new Uint8Array(BLOCK_SIZE);
  }
}
