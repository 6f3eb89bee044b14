/**
 * Which way up a page is, for OCR. A photo taken sideways or a scan fed in upside down reads as garbage, and
 * tesseract.js's own orientation detection needs OSD data the app does not ship. So: read the page as it is;
 * only when tesseract is unsure of what it read, read it turned a quarter, half and three quarters as well
 * and keep the turn it reads best. Pure: the caller turns the image and runs OCR.
 */

/** Degrees the page image is turned clockwise before it is read. */
export type Rotation = 0 | 90 | 180 | 270;

export interface OcrPageResult {
  text: string;
  /** tesseract's mean word confidence, 0–100. */
  confidence: number;
}

export interface UprightResult extends OcrPageResult {
  /** The turn the text was read at. */
  rotation: Rotation;
  /** Every turn read, in order (the first is the one the caller asked for). */
  tried: Rotation[];
}

/**
 * Below this mean word confidence a page may lie the wrong way, and the other turns are tried. Measured on
 * the reading fixtures: pages read upright 93–95, the same pages sideways or upside down 42–60.
 */
export const LOW_OCR_CONFIDENCE = 70;
/** A turn that reads at least this well is taken without trying the remaining ones. */
export const GOOD_OCR_CONFIDENCE = 80;
/** Another turn must read this much better than the page as given: a poor photo should not be turned on noise. */
export const TURN_MARGIN = 10;

const turn = (from: Rotation, by: number): Rotation => ((((from + by) % 360) + 360) % 360) as Rotation;

/**
 * The other turns, most likely first. A page that looks landscape is most often an upright page photographed
 * sideways (a quarter turn either way); a portrait one most often a scan upside down (a half turn).
 */
export function otherRotations(first: Rotation, landscape: boolean): Rotation[] {
  return (landscape ? [90, 270, 180] : [180, 90, 270]).map((by) => turn(first, by));
}

export interface UprightOptions {
  /** The turn to read first: 0, or the turn found for the previous page of the same scan. */
  first?: Rotation;
  /** Whether the image, turned by `first`, is wider than high; asked only when other turns are tried. */
  landscape?: boolean | (() => Promise<boolean>);
  /** Stops before the next turn is read. */
  signal?: AbortSignal;
  /** Called before each extra turn is read (for the progress shown to the user). */
  onTurn?: (rotation: Rotation) => void;
}

/** Whether `candidate` reads better than `best`, the first reading needing to be beaten by TURN_MARGIN. */
export function readsBetter(candidate: OcrPageResult, best: OcrPageResult, bestIsFirst: boolean): boolean {
  return candidate.confidence > best.confidence + (bestIsFirst ? TURN_MARGIN : 0);
}

/** Reads one page the right way up: at most four readings, and more than one only when the first is unsure. */
export async function readUpright(read: (rotation: Rotation) => Promise<OcrPageResult>, options: UprightOptions = {}): Promise<UprightResult> {
  const first = options.first ?? 0;
  const tried: Rotation[] = [first];
  let best: OcrPageResult & { rotation: Rotation } = { ...(await read(first)), rotation: first };
  if (best.confidence >= LOW_OCR_CONFIDENCE) return { ...best, tried };
  const landscape = typeof options.landscape === 'function' ? await options.landscape() : (options.landscape ?? false);
  for (const rotation of otherRotations(first, landscape)) {
    options.signal?.throwIfAborted();
    options.onTurn?.(rotation);
    const result = await read(rotation);
    tried.push(rotation);
    if (readsBetter(result, best, best.rotation === first)) best = { ...result, rotation };
    if (best.confidence >= GOOD_OCR_CONFIDENCE) break;
  }
  return { ...best, tried };
}
