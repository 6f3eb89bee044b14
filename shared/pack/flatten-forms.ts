/**
 * Filled-in forms into the pack as they look in a viewer. A form whose file asks the viewer to draw its
 * fields from their values (/NeedAppearances) shows those values, not the drawings stored with the widgets,
 * which may be stale or missing. pdf-lib draws every field anew from its value (text in Helvetica, border and
 * background from the widget's /MK, ticks for check boxes, as viewers do) and flattens it into the page, so
 * the values stay visible without the form dictionary and can no longer be edited in the pack.
 */
import { PDFDict, PDFDocument, PDFName, StandardFonts, type PDFContext } from 'pdf-lib';

/** The form asks the viewer to draw its fields. */
export function needsAppearances(context: PDFContext, catalog: PDFDict): boolean {
  const form = catalog.lookup(PDFName.of('AcroForm'));
  return form instanceof PDFDict && form.lookup(PDFName.of('NeedAppearances'))?.toString() === 'true';
}

/**
 * Returns the PDF with every field drawn from its value and flattened, or undefined when pdf-lib cannot
 * (a value Helvetica cannot show, a field it does not understand): the caller then tries qpdf or renders.
 */
export async function flattenWithValues(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
    const form = doc.getForm();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const field of form.getFields()) form.markFieldAsDirty(field.ref);
    form.updateFieldAppearances(font);
    form.flatten({ updateFieldAppearances: false });
    return await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  } catch {
    return undefined;
  }
}
