/**
 * Where the pack's bytes go as they are made. A file sink (the origin private file system in the app's worker,
 * a file in the benchmark) lets the builder drop each attachment once its pages are written, so memory stays
 * the runtime plus one attachment plus the layout, whatever the pack's size (docs/pack.md).
 */
export interface PackSink {
  /**
   * The next parts, in order. They may be views on an attachment the builder lets go of afterwards: a sink
   * writes or keeps them before it resolves.
   */
  write(parts: readonly Uint8Array[]): void | Promise<void>;
  /**
   * True for a sink that has copied every part out (to a file) by the time `write` returns or resolves, and keeps
   * no view on it: the builder may then read the next attachments into the same memory (read-buffers.ts).
   */
  readonly copies?: boolean;
}

/** Keeps the parts (the PDF as consecutive parts, as PackResult.pdf has always been). */
export class MemorySink implements PackSink {
  readonly parts: Uint8Array[] = [];
  size = 0;

  write(parts: readonly Uint8Array[]): void {
    for (const part of parts) {
      this.parts.push(part);
      this.size += part.length;
    }
  }
}

/** Counts what passes on to another sink. */
export class CountingSink implements PackSink {
  size = 0;
  readonly copies: boolean;
  constructor(private readonly target: PackSink) {
    this.copies = target.copies === true;
  }

  write(parts: readonly Uint8Array[]): void | Promise<void> {
    for (const part of parts) this.size += part.length;
    return this.target.write(parts);
  }
}
