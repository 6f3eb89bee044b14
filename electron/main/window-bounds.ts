export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindowState {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  maximized?: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;
/** How much of the window must lie on a display for the user to find and grab it. */
const MIN_VISIBLE = { width: 120, height: 48 } as const;

function isFiniteNumber(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function centerOn(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: Math.round(area.x + (area.width - w) / 2),
    y: Math.round(area.y + (area.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * Turns the remembered window state into bounds that are visible on one of the current displays
 * (`workAreas`, primary first). A monitor that was unplugged, a resolution that shrank or a
 * corrupted store must never leave the window off-screen or smaller than usable.
 */
export function clampWindowBounds(saved: unknown, workAreas: readonly Rect[]): Rect {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_WINDOW_SIZE.width, height: DEFAULT_WINDOW_SIZE.height };
  const s = (saved && typeof saved === 'object' ? saved : {}) as SavedWindowState;

  const wantWidth = isFiniteNumber(s.width) ? Math.round(s.width) : DEFAULT_WINDOW_SIZE.width;
  const wantHeight = isFiniteNumber(s.height) ? Math.round(s.height) : DEFAULT_WINDOW_SIZE.height;
  const width = Math.max(MIN_WINDOW_SIZE.width, wantWidth);
  const height = Math.max(MIN_WINDOW_SIZE.height, wantHeight);

  if (!isFiniteNumber(s.x) || !isFiniteNumber(s.y)) return centerOn(primary, width, height);

  const rect: Rect = { x: Math.round(s.x), y: Math.round(s.y), width, height };
  // The display showing most of the window hosts it, if enough of the window is on it to grab.
  let host: Rect | undefined;
  let best = 0;
  for (const area of workAreas) {
    const i = intersection(rect, area);
    if (i.width < MIN_VISIBLE.width || i.height < MIN_VISIBLE.height) continue;
    if (i.width * i.height > best) {
      best = i.width * i.height;
      host = area;
    }
  }
  if (!host) return centerOn(primary, width, height);

  // Fits the window inside the display it is on: never larger, never past its edges.
  const w = Math.min(rect.width, host.width);
  const h = Math.min(rect.height, host.height);
  const x = Math.min(Math.max(rect.x, host.x), host.x + host.width - w);
  const y = Math.min(Math.max(rect.y, host.y), host.y + host.height - h);
  return { x, y, width: w, height: h };
}

/** Validates what we are about to store: only finite numbers and a boolean. */
export function toSavedWindowState(bounds: Rect, maximized: boolean): SavedWindowState {
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized,
  };
}
