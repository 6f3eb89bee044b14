/**
 * Reads attachments in pack order ahead of the one being merged, each with its SHA-256 (where the caller wants
 * one) started as soon as it is read: the host's file threads and WebCrypto's threads work while the main thread
 * parses and merges. At most `budget` bytes are read but not yet taken (always at least the next file), so memory
 * does not grow with the pack.
 */
import { attachmentBytes, attachmentSize } from './attachment-source';
import { readIntoBuffer, type ReadBuffers } from './read-buffers';
import type { PackAttachment } from './model';

export interface Reading {
  bytes: Uint8Array;
  /** The SHA-256 begun when the file was read; undefined when the caller did not ask for one. */
  hash: Promise<string> | undefined;
  /** Call once nothing uses `bytes` any more (its pages are written): their memory may be read into again. */
  release(): void;
}

export class ReadAhead {
  private readonly started = new Map<number, Promise<Reading>>();
  private next = 0;
  private inFlight = 0;

  constructor(
    private readonly attachments: readonly PackAttachment[],
    private readonly hash: (bytes: Uint8Array, attachment: PackAttachment) => Promise<string> | undefined,
    private readonly budget: number,
    /** Where given, stored files are read into these buffers (read-buffers.ts) instead of fresh memory. */
    private readonly buffers?: ReadBuffers,
  ) {}

  /** Attachment `index`'s bytes and hash (call in order, each index once). */
  async take(index: number): Promise<Reading> {
    this.fill(index);
    const reading = this.started.get(index) as Promise<Reading>;
    this.started.delete(index);
    try {
      return await reading;
    } finally {
      this.inFlight -= attachmentSize(this.attachments[index] as PackAttachment);
      this.fill(index + 1);
    }
  }

  /** Waits for reads still under way (after a cancel or an error), so none is left running. */
  async settle(): Promise<void> {
    const left = [...this.started.values()];
    this.started.clear();
    await Promise.all(left.map((r) => r.then((x) => x.hash).catch(() => undefined)));
  }

  private fill(from: number): void {
    if (this.next < from) this.next = from;
    while (this.next < this.attachments.length && (this.started.size === 0 || this.inFlight + attachmentSize(this.attachments[this.next] as PackAttachment) <= this.budget)) {
      const i = this.next++;
      const attachment = this.attachments[i] as PackAttachment;
      this.inFlight += attachmentSize(attachment);
      const reading = this.read(attachment).then(({ bytes, release }) => {
        const hash = this.hash(bytes, attachment);
        hash?.catch(() => undefined);
        return { bytes, hash, release };
      });
      // A failed read surfaces when its index is taken; until then it must not count as unhandled.
      reading.catch(() => undefined);
      this.started.set(i, reading);
    }
  }

  private async read(attachment: PackAttachment): Promise<Pick<Reading, 'bytes' | 'release'>> {
    const { buffers } = this;
    const pooled = buffers && attachment.blob ? await readIntoBuffer(attachment.blob, buffers) : undefined;
    if (!pooled) return { bytes: await attachmentBytes(attachment), release: () => {} };
    let released = false;
    return {
      bytes: pooled,
      release: () => {
        if (released) return;
        released = true;
        buffers!.give(pooled.buffer as ArrayBuffer);
      },
    };
  }
}
