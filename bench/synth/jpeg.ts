/**
 * Small baseline JPEG encoder (YCbCr 4:4:4, standard Huffman tables) so the benchmark and tests can make
 * real photos deterministically without native tools. Not fast, not clever; output is cached by callers.
 */

const ZIGZAG = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
  35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55,
  62, 63,
];
const LUMA_Q = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87,
  80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92,
  95, 98, 112, 100, 103, 99,
];
const CHROMA_Q = [
  17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99,
  99, 99, ...new Array<number>(32).fill(99),
];
const DC_L_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_VALS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const DC_C_BITS = [0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
const AC_L_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d];
// prettier-ignore
const AC_L_VALS = [0x01,0x02,0x03,0x00,0x04,0x11,0x05,0x12,0x21,0x31,0x41,0x06,0x13,0x51,0x61,0x07,0x22,0x71,0x14,0x32,0x81,0x91,0xa1,0x08,0x23,0x42,0xb1,0xc1,0x15,0x52,0xd1,0xf0,0x24,0x33,0x62,0x72,0x82,0x09,0x0a,0x16,0x17,0x18,0x19,0x1a,0x25,0x26,0x27,0x28,0x29,0x2a,0x34,0x35,0x36,0x37,0x38,0x39,0x3a,0x43,0x44,0x45,0x46,0x47,0x48,0x49,0x4a,0x53,0x54,0x55,0x56,0x57,0x58,0x59,0x5a,0x63,0x64,0x65,0x66,0x67,0x68,0x69,0x6a,0x73,0x74,0x75,0x76,0x77,0x78,0x79,0x7a,0x83,0x84,0x85,0x86,0x87,0x88,0x89,0x8a,0x92,0x93,0x94,0x95,0x96,0x97,0x98,0x99,0x9a,0xa2,0xa3,0xa4,0xa5,0xa6,0xa7,0xa8,0xa9,0xaa,0xb2,0xb3,0xb4,0xb5,0xb6,0xb7,0xb8,0xb9,0xba,0xc2,0xc3,0xc4,0xc5,0xc6,0xc7,0xc8,0xc9,0xca,0xd2,0xd3,0xd4,0xd5,0xd6,0xd7,0xd8,0xd9,0xda,0xe1,0xe2,0xe3,0xe4,0xe5,0xe6,0xe7,0xe8,0xe9,0xea,0xf1,0xf2,0xf3,0xf4,0xf5,0xf6,0xf7,0xf8,0xf9,0xfa];
const AC_C_BITS = [0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77];
// prettier-ignore
const AC_C_VALS = [0x00,0x01,0x02,0x03,0x11,0x04,0x05,0x21,0x31,0x06,0x12,0x41,0x51,0x07,0x61,0x71,0x13,0x22,0x32,0x81,0x08,0x14,0x42,0x91,0xa1,0xb1,0xc1,0x09,0x23,0x33,0x52,0xf0,0x15,0x62,0x72,0xd1,0x0a,0x16,0x24,0x34,0xe1,0x25,0xf1,0x17,0x18,0x19,0x1a,0x26,0x27,0x28,0x29,0x2a,0x35,0x36,0x37,0x38,0x39,0x3a,0x43,0x44,0x45,0x46,0x47,0x48,0x49,0x4a,0x53,0x54,0x55,0x56,0x57,0x58,0x59,0x5a,0x63,0x64,0x65,0x66,0x67,0x68,0x69,0x6a,0x73,0x74,0x75,0x76,0x77,0x78,0x79,0x7a,0x82,0x83,0x84,0x85,0x86,0x87,0x88,0x89,0x8a,0x92,0x93,0x94,0x95,0x96,0x97,0x98,0x99,0x9a,0xa2,0xa3,0xa4,0xa5,0xa6,0xa7,0xa8,0xa9,0xaa,0xb2,0xb3,0xb4,0xb5,0xb6,0xb7,0xb8,0xb9,0xba,0xc2,0xc3,0xc4,0xc5,0xc6,0xc7,0xc8,0xc9,0xca,0xd2,0xd3,0xd4,0xd5,0xd6,0xd7,0xd8,0xd9,0xda,0xe2,0xe3,0xe4,0xe5,0xe6,0xe7,0xe8,0xe9,0xea,0xf2,0xf3,0xf4,0xf5,0xf6,0xf7,0xf8,0xf9,0xfa];

type Table = { codes: Int32Array; lengths: Int32Array };

function buildTable(bits: number[], vals: number[]): Table {
  const codes = new Int32Array(256);
  const lengths = new Int32Array(256);
  let code = 0;
  let k = 0;
  for (let len = 1; len <= 16; len++) {
    for (let i = 0; i < (bits[len - 1] as number); i++) {
      const v = vals[k++] as number;
      codes[v] = code++;
      lengths[v] = len;
    }
    code <<= 1;
  }
  return { codes, lengths };
}

function scaleQuant(base: number[], quality: number): Int32Array {
  const q = quality < 50 ? 5000 / quality : 200 - quality * 2;
  const out = new Int32Array(64);
  for (let i = 0; i < 64; i++) out[i] = Math.min(255, Math.max(1, Math.floor(((base[i] as number) * q + 50) / 100)));
  return out;
}

class ByteWriter {
  buf = new Uint8Array(1 << 16);
  len = 0;
  private bitBuf = 0;
  private bitCount = 0;
  byte(b: number): void {
    if (this.len === this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.len++] = b;
  }
  word(w: number): void {
    this.byte((w >> 8) & 0xff);
    this.byte(w & 0xff);
  }
  bits(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.bitBuf = (this.bitBuf << 1) | ((code >> i) & 1);
      if (++this.bitCount === 8) {
        this.byte(this.bitBuf);
        if (this.bitBuf === 0xff) this.byte(0);
        this.bitBuf = 0;
        this.bitCount = 0;
      }
    }
  }
  flushBits(): void {
    if (this.bitCount > 0) this.bits((1 << (8 - this.bitCount)) - 1, 8 - this.bitCount);
  }
}

const AAN = [1.0, 1.387039845, 1.306562965, 1.175875602, 1.0, 0.785694958, 0.5411961, 0.275899379];

/** AAN float forward DCT in place (libjpeg jfdctflt); outputs are scaled by 8·AAN[u]·AAN[v]. */
function fdct(d: Float64Array): void {
  for (let pass = 0; pass < 2; pass++) {
    const step = pass === 0 ? 1 : 8;
    const next = pass === 0 ? 8 : 1;
    for (let i = 0; i < 8; i++) {
      const o = i * next;
      const d0 = d[o] as number, d1 = d[o + step] as number, d2 = d[o + 2 * step] as number, d3 = d[o + 3 * step] as number;
      const d4 = d[o + 4 * step] as number, d5 = d[o + 5 * step] as number, d6 = d[o + 6 * step] as number, d7 = d[o + 7 * step] as number;
      const t0 = d0 + d7, t7 = d0 - d7, t1 = d1 + d6, t6 = d1 - d6, t2 = d2 + d5, t5 = d2 - d5, t3 = d3 + d4, t4 = d3 - d4;
      let t10 = t0 + t3;
      const t13 = t0 - t3;
      let t11 = t1 + t2;
      let t12 = t1 - t2;
      d[o] = t10 + t11;
      d[o + 4 * step] = t10 - t11;
      const z1 = (t12 + t13) * 0.707106781;
      d[o + 2 * step] = t13 + z1;
      d[o + 6 * step] = t13 - z1;
      t10 = t4 + t5;
      t11 = t5 + t6;
      t12 = t6 + t7;
      const z5 = (t10 - t12) * 0.382683433;
      const z2 = 0.5411961 * t10 + z5;
      const z4 = 1.306562965 * t12 + z5;
      const z3 = t11 * 0.707106781;
      const z11 = t7 + z3;
      const z13 = t7 - z3;
      d[o + 5 * step] = z13 + z2;
      d[o + 3 * step] = z13 - z2;
      d[o + step] = z11 + z4;
      d[o + 7 * step] = z11 - z4;
    }
  }
}

function divisors(q: Int32Array): Float64Array {
  const out = new Float64Array(64);
  for (let v = 0; v < 8; v++) for (let u = 0; u < 8; u++) out[v * 8 + u] = (q[v * 8 + u] as number) * (AAN[u] as number) * (AAN[v] as number) * 8;
  return out;
}

/** Encodes RGB pixels (3 bytes per pixel, row-major) as a baseline JPEG. */
export function encodeJpeg(rgb: Uint8Array, width: number, height: number, quality = 85): Uint8Array {
  const qL = scaleQuant(LUMA_Q, quality);
  const qC = scaleQuant(CHROMA_Q, quality);
  const dcL = buildTable(DC_L_BITS, DC_VALS);
  const dcC = buildTable(DC_C_BITS, DC_VALS);
  const acL = buildTable(AC_L_BITS, AC_L_VALS);
  const acC = buildTable(AC_C_BITS, AC_C_VALS);
  const w = new ByteWriter();
  w.word(0xffd8);
  w.word(0xffe0);
  w.word(16);
  for (const b of [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0]) w.byte(b);
  w.word(72);
  w.word(72);
  w.byte(0);
  w.byte(0);
  for (const [id, q] of [
    [0, qL],
    [1, qC],
  ] as const) {
    w.word(0xffdb);
    w.word(67);
    w.byte(id);
    for (let i = 0; i < 64; i++) w.byte(q[ZIGZAG[i] as number] as number);
  }
  w.word(0xffc0);
  w.word(17);
  w.byte(8);
  w.word(height);
  w.word(width);
  w.byte(3);
  for (const [id, q] of [
    [1, 0],
    [2, 1],
    [3, 1],
  ]) {
    w.byte(id as number);
    w.byte(0x11);
    w.byte(q as number);
  }
  for (const [cls, bits, vals] of [
    [0x00, DC_L_BITS, DC_VALS],
    [0x10, AC_L_BITS, AC_L_VALS],
    [0x01, DC_C_BITS, DC_VALS],
    [0x11, AC_C_BITS, AC_C_VALS],
  ] as const) {
    w.word(0xffc4);
    w.word(3 + 16 + vals.length);
    w.byte(cls);
    for (const b of bits) w.byte(b);
    for (const v of vals) w.byte(v);
  }
  w.word(0xffda);
  w.word(12);
  w.byte(3);
  for (const [id, t] of [
    [1, 0x00],
    [2, 0x11],
    [3, 0x11],
  ]) {
    w.byte(id as number);
    w.byte(t as number);
  }
  w.byte(0);
  w.byte(63);
  w.byte(0);

  const pred = [0, 0, 0];
  const block = new Float64Array(64);
  const coef = new Int32Array(64);
  const divL = divisors(qL);
  const divC = divisors(qC);
  const planes = [new Float32Array(width * height), new Float32Array(width * height), new Float32Array(width * height)];
  for (let i = 0, o = 0; i < width * height; i++, o += 3) {
    const r = rgb[o] as number;
    const g = rgb[o + 1] as number;
    const b = rgb[o + 2] as number;
    (planes[0] as Float32Array)[i] = 0.299 * r + 0.587 * g + 0.114 * b - 128;
    (planes[1] as Float32Array)[i] = -0.168736 * r - 0.331264 * g + 0.5 * b;
    (planes[2] as Float32Array)[i] = 0.5 * r - 0.418688 * g - 0.081312 * b;
  }
  const category = (v: number): number => (v === 0 ? 0 : 32 - Math.clz32(Math.abs(v)));
  const bitsOf = (v: number, n: number): number => (v < 0 ? v + (1 << n) - 1 : v);
  for (let by = 0; by < height; by += 8) {
    for (let bx = 0; bx < width; bx += 8) {
      for (let c = 0; c < 3; c++) {
        const plane = planes[c] as Float32Array;
        for (let y = 0; y < 8; y++) {
          const row = Math.min(by + y, height - 1) * width;
          for (let x = 0; x < 8; x++) block[y * 8 + x] = plane[row + Math.min(bx + x, width - 1)] as number;
        }
        fdct(block);
        const div = c === 0 ? divL : divC;
        const dc = c === 0 ? dcL : dcC;
        const ac = c === 0 ? acL : acC;
        for (let i = 0; i < 64; i++) {
          const z = ZIGZAG[i] as number;
          coef[i] = Math.round((block[z] as number) / (div[z] as number));
        }
        const diff = (coef[0] as number) - (pred[c] as number);
        pred[c] = coef[0] as number;
        const dcCat = category(diff);
        w.bits(dc.codes[dcCat] as number, dc.lengths[dcCat] as number);
        if (dcCat) w.bits(bitsOf(diff, dcCat), dcCat);
        let run = 0;
        for (let i = 1; i < 64; i++) {
          const v = coef[i] as number;
          if (v === 0) {
            run++;
            continue;
          }
          while (run > 15) {
            w.bits(ac.codes[0xf0] as number, ac.lengths[0xf0] as number);
            run -= 16;
          }
          const cat = category(v);
          const sym = (run << 4) | cat;
          w.bits(ac.codes[sym] as number, ac.lengths[sym] as number);
          w.bits(bitsOf(v, cat), cat);
          run = 0;
        }
        if (run > 0) w.bits(ac.codes[0] as number, ac.lengths[0] as number);
      }
    }
  }
  w.flushBits();
  w.word(0xffd9);
  return w.buf.slice(0, w.len);
}
