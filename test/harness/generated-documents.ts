/**
 * Deterministic test documents that pass the app's own import checks (shared/files/validate-import):
 * a one-page "scanned" PDF whose image is a big DCT stream, or a JPEG. The payload is pseudo-random,
 * so it is incompressible like a real scan, and every (seed, index) gives different bytes (no duplicates).
 * Test-only: imported by the storage harness page, never by the app.
 */

const encoder = new TextEncoder();

/** xorshift128 over 32-bit words: fast enough to make hundreds of MiB per second in a page. */
function fillPseudoRandom(target: Uint8Array, seed: number): void {
  let x = (seed ^ 0x9e3779b9) >>> 0 || 1;
  let y = 362436069;
  let z = 521288629;
  let w = 88675123 ^ seed;
  // Whole aligned words at once; the few unaligned bytes at either end get a simple pattern.
  const lead = (4 - (target.byteOffset % 4)) % 4;
  const count = Math.max(0, (target.byteLength - lead) >>> 2);
  const words = new Uint32Array(target.buffer, target.byteOffset + lead, count);
  for (let i = 0; i < lead && i < target.length; i++) target[i] = (seed >>> (i * 8)) & 0xff;
  for (let i = 0; i < words.length; i++) {
    const t = x ^ (x << 11);
    x = y;
    y = z;
    z = w;
    w = (w ^ (w >>> 19) ^ (t ^ (t >>> 8))) >>> 0;
    words[i] = w;
  }
  for (let i = lead + count * 4; i < target.length; i++) target[i] = (seed + i) & 0xff;
}

/** SOI, SOF0 with a frame size, SOS, `scanBytes` of entropy-coded-looking data, EOI. */
function jpeg(scanBytes: number, seed: number): Uint8Array {
  const head = [
    0xff, 0xd8, // SOI
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00, // APP0 JFIF
    0xff, 0xc0, 0x00, 0x11, 0x08, 0x0d, 0xb4, 0x09, 0xb0, 0x03, 0x01, 0x11, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, // SOF0 2480×3508
    0xff, 0xda, 0x00, 0x0c, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3f, 0x00, // SOS
  ];
  const out = new Uint8Array(head.length + scanBytes + 2);
  out.set(head);
  const scan = out.subarray(head.length, head.length + scanBytes);
  fillPseudoRandom(scan, seed);
  // Byte-stuffing as in real scan data: 0xFF inside the scan never starts a marker.
  for (let i = 0; i < scan.length; i++) if (scan[i] === 0xff) scan[i] = 0xfe;
  out[out.length - 2] = 0xff;
  out[out.length - 1] = 0xd9; // EOI
  return out;
}

/** A one-page PDF 1.4 with a classic xref table and the JPEG as a full-page image. */
function scannedPdf(size: number, seed: number): Uint8Array {
  const content = encoder.encode('q 595 0 0 842 0 0 cm /Im0 Do Q\n');
  const objects: (string | Uint8Array)[][] = [
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    ['<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>'],
    [`<< /Length ${content.length} >>\nstream\n`, content, '\nendstream'],
  ];
  const overhead = 751; // header, small objects, xref and trailer
  const image = jpeg(Math.max(1024, size - overhead), seed);
  objects.push([
    `<< /Type /XObject /Subtype /Image /Width 2480 /Height 3508 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${image.length} >>\nstream\n`,
    image,
    '\nendstream',
  ]);

  const parts: Uint8Array[] = [];
  let offset = 0;
  const push = (p: string | Uint8Array) => {
    const bytes = typeof p === 'string' ? encoder.encode(p) : p;
    parts.push(bytes);
    offset += bytes.length;
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(offset);
    push(`${i + 1} 0 obj\n`);
    obj.forEach(push);
    push('\nendobj\n');
  });
  const xrefAt = offset;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const o of offsets) push(`${String(o).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`);

  const out = new Uint8Array(offset);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export interface GeneratedDocument {
  name: string;
  bytes: Uint8Array;
}

/** Document `index` of a run: even indexes are scanned PDFs, odd ones JPEG photos, each about `size` bytes. */
export function generateDocument(seed: number, index: number, size: number): GeneratedDocument {
  const docSeed = (Math.imul(seed + 1, 0x01000193) ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  const number = String(index + 1).padStart(5, '0');
  return index % 2 === 0
    ? { name: `scan-${number}.pdf`, bytes: scannedPdf(size, docSeed) }
    : { name: `foto-${number}.jpg`, bytes: jpeg(size - 60, docSeed) };
}
