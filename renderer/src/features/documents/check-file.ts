import type { OpenedFile } from '../../../../shared/bridge';
import { UserError } from '../../../../shared/errors/user-error';
import type { FileKind } from '../../../../shared/model';
import { sha256Hex } from '../../db/hash';

/** Minimal content check for the first path; replaced by shared/files validation. */
export async function checkFile(file: OpenedFile): Promise<{ fileKind: FileKind; mimeType: string; mergeable: boolean; sha256: string }> {
  if (file.bytes.byteLength === 0) throw new UserError(`"${file.name}" is leeg (0 bytes).`, 'empty');
  const b = file.bytes;
  const fileKind: FileKind =
    b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46
      ? 'pdf'
      : b[0] === 0xff && b[1] === 0xd8
        ? 'jpeg'
        : b[0] === 0x89 && b[1] === 0x50
          ? 'png'
          : 'other';
  const mimeType = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png', other: 'application/octet-stream' }[fileKind];
  return { fileKind, mimeType, mergeable: fileKind !== 'other', sha256: await sha256Hex(file.bytes) };
}
