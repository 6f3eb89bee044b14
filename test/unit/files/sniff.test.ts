import { describe, expect, it } from 'vitest';
import { sniffFileType, sha256Hex } from '../../../shared/files';
import { makeDocx, makeHeic, makeJpeg, makePdf, makePng, makeTiff } from '../../fixtures/malformed/generate';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('sniffFileType', () => {
  it('detects types from content, not from the name', async () => {
    expect(sniffFileType(await makePdf(1), 'x.bin').type).toBe('pdf');
    expect(sniffFileType(makeJpeg(), 'x').type).toBe('jpeg');
    expect(sniffFileType(makePng(), 'x.pdf').type).toBe('png');
    expect(sniffFileType(makeTiff(), 'scan.tif').type).toBe('tiff');
    expect(sniffFileType(makeHeic(), 'IMG_0001.HEIC').type).toBe('heic');
    expect(sniffFileType(makeDocx(), 'brief.docx').type).toBe('docx');
    expect(sniffFileType(ascii('GIF89a\x01\x00\x01\x00'), 'a.gif').type).toBe('gif');
    expect(sniffFileType(ascii('RIFF\x00\x00\x00\x00WEBPVP8 '), 'a.webp').type).toBe('webp');
    expect(sniffFileType(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'oud.doc').type).toBe('doc');
    expect(sniffFileType(ascii('hallo wereld'), 'x.txt').type).toBe('unknown');
    expect(sniffFileType(new Uint8Array(0), 'x.pdf').type).toBe('unknown');
  });

  it('reports when the extension contradicts the content', () => {
    const png = sniffFileType(makePng(), 'foto.JPG');
    expect(png).toMatchObject({ type: 'png', mimeType: 'image/png', extension: 'jpg', extensionMismatch: true, extensionSuggests: 'jpeg' });
    expect(sniffFileType(makeJpeg(), 'foto.jpeg').extensionMismatch).toBe(false);
    expect(sniffFileType(makeJpeg(), 'foto').extensionMismatch).toBe(false);
    expect(sniffFileType(makeJpeg(), 'foto.unknownext').extensionMismatch).toBe(false);
  });

  it('finds a PDF header after leading junk only when no other signature matches', async () => {
    const pdf = await makePdf(1);
    const junk = new Uint8Array(100 + pdf.length);
    junk.set(ascii('junk junk '.repeat(10)));
    junk.set(pdf, 100);
    expect(sniffFileType(junk, 'x.pdf').type).toBe('pdf');
    const jpegWithPdfText = new Uint8Array([...makeJpeg().slice(0, 20), ...ascii('%PDF-1.4')]);
    expect(sniffFileType(jpegWithPdfText, 'x.jpg').type).toBe('jpeg');
  });
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vector', async () => {
    expect(await sha256Hex(ascii('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
