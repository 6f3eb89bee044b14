/**
 * Which files make the app start its OCR engine ahead (renderer/src/reading/ocr.ts, warmOcr). Starting it costs
 * seconds of CPU and well over 100 MB, so only for what OCR will read: photos (JPEG, PNG). A PDF needs OCR only
 * when it has no text layer, which is known once the PDF is read (renderer/src/reading/read-file.ts); a folder
 * dragged over the page shows no type at all. Both wait until then.
 */
import { sniffContent } from '../files/sniff';

/** The MIME types of the photos OCR reads, as a drag tells them (DataTransferItem.type). */
export const OCR_PHOTO_TYPES: readonly string[] = ['image/jpeg', 'image/png'];

/** Whether files dragged over the page (their MIME types; '' for a folder or an unknown file) include a photo. */
export const dragHoldsPhoto = (types: readonly string[]): boolean => types.some((t) => OCR_PHOTO_TYPES.includes(t.toLowerCase()));

/** Whether chosen or dropped files include a photo, by their content (a name or MIME type may lie). */
export function filesHoldPhoto(files: readonly { bytes: Uint8Array }[]): boolean {
  return files.some((f) => {
    const type = sniffContent(f.bytes.subarray(0, 64));
    return type === 'jpeg' || type === 'png';
  });
}
