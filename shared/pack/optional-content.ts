/**
 * Optional content (layers) of the attachments, carried into the pack: a layer hidden by default in the
 * original stays hidden in the pack. Each attachment's /OCProperties is moved in with its pages (its groups
 * are then the very objects the pages' /OC marks point at) and merged into one catalog entry: all groups,
 * the default configuration's /OFF list (groups off by default, including those a /BaseState /OFF leaves off)
 * and its /Order for the viewer's layer panel. Alternate configurations and /AS auto states are not
 * carried; the default view is what the pack shows and prints.
 */
import { PDFArray, PDFDict, PDFName, type PDFContext, type PDFObject } from 'pdf-lib';

export class OptionalContentMerger {
  private readonly groups: PDFObject[] = [];
  private readonly off: PDFObject[] = [];
  private readonly order: PDFObject[] = [];

  /** `properties`: an attachment's /OCProperties, already moved into the output context. */
  add(properties: PDFObject | undefined): void {
    if (!(properties instanceof PDFDict)) return;
    const groups = asList(properties.lookup(PDFName.of('OCGs')));
    const config = properties.lookup(PDFName.of('D'));
    const d = config instanceof PDFDict ? config : undefined;
    const baseOff = d?.get(PDFName.of('BaseState')) === PDFName.of('OFF');
    const on = new Set(asList(d?.lookup(PDFName.of('ON'))));
    const off = new Set(asList(d?.lookup(PDFName.of('OFF'))));
    for (const group of groups) {
      this.groups.push(group);
      if (off.has(group) || (baseOff && !on.has(group))) this.off.push(group);
    }
    const order = d?.lookup(PDFName.of('Order'));
    if (order instanceof PDFArray) this.order.push(...order.asArray());
  }

  get empty(): boolean {
    return this.groups.length === 0;
  }

  /** Sets the merged /OCProperties on the output catalog. */
  apply(ctx: PDFContext, catalog: PDFDict): void {
    if (this.empty) return;
    catalog.set(
      PDFName.of('OCProperties'),
      ctx.obj({ OCGs: this.groups, D: { BaseState: 'ON', OFF: this.off, Order: this.order } }),
    );
  }
}

function asList(value: PDFObject | undefined): PDFObject[] {
  return value instanceof PDFArray ? value.asArray() : [];
}
