import { describe, expect, it } from 'vitest';
import { clampWindowBounds, DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, toSavedWindowState } from '../../../electron/main/window-bounds';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('clampWindowBounds', () => {
  it('keeps a window that is fully visible', () => {
    expect(clampWindowBounds({ x: 100, y: 80, width: 1000, height: 700 }, [laptop])).toEqual({ x: 100, y: 80, width: 1000, height: 700 });
  });

  it('keeps a window on a second monitor that is still there', () => {
    expect(clampWindowBounds({ x: 2200, y: 100, width: 1200, height: 800 }, [laptop, rightMonitor])).toEqual({ x: 2200, y: 100, width: 1200, height: 800 });
  });

  it('brings a window back from a monitor that was unplugged, centred on the primary display', () => {
    expect(clampWindowBounds({ x: 2200, y: 100, width: 1200, height: 800 }, [laptop])).toEqual({ x: 360, y: 120, width: 1200, height: 800 });
  });

  it('pulls a window whose title bar is above the screen back down; centres one that is mostly off screen', () => {
    expect(clampWindowBounds({ x: 100, y: -500, width: 1000, height: 700 }, [laptop])).toEqual({ x: 100, y: 0, width: 1000, height: 700 });
    expect(clampWindowBounds({ x: 100, y: -680, width: 1000, height: 700 }, [laptop])).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
    const nearEdge = clampWindowBounds({ x: 1850, y: 100, width: 1000, height: 700 }, [laptop]);
    expect(nearEdge).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
  });

  it('pulls a partly visible window fully onto its display', () => {
    expect(clampWindowBounds({ x: 1500, y: 600, width: 1000, height: 700 }, [laptop])).toEqual({ x: 920, y: 340, width: 1000, height: 700 });
  });

  it('shrinks a window larger than the display after a resolution change', () => {
    const small = { x: 0, y: 0, width: 1280, height: 680 };
    expect(clampWindowBounds({ x: 10, y: 10, width: 1900, height: 1000 }, [small])).toEqual({ x: 0, y: 0, width: 1280, height: 680 });
  });

  it('enforces the minimum size', () => {
    expect(clampWindowBounds({ x: 10, y: 10, width: 100, height: 50 }, [laptop])).toEqual({ x: 10, y: 10, ...MIN_WINDOW_SIZE });
  });

  it('falls back to the default size, centred, for missing or corrupt state', () => {
    const centred = { x: 360, y: 120, ...DEFAULT_WINDOW_SIZE };
    for (const bad of [undefined, null, 'x', 42, {}, { x: Number.NaN, y: 0 }, { x: 'a', y: 'b', width: 'c' }, { x: Infinity, y: 0 }]) {
      expect(clampWindowBounds(bad, [laptop])).toEqual(centred);
    }
  });

  it('respects a work area that does not start at 0,0 (taskbar on the left or top)', () => {
    const area = { x: 60, y: 30, width: 1860, height: 1050 };
    expect(clampWindowBounds({ x: 0, y: 0, width: 800, height: 600 }, [area])).toEqual({ x: 60, y: 30, width: 800, height: 600 });
  });

  it('works without any display information', () => {
    const r = clampWindowBounds(undefined, []);
    expect(r.width).toBe(DEFAULT_WINDOW_SIZE.width);
    expect(r.height).toBe(DEFAULT_WINDOW_SIZE.height);
  });
});

describe('toSavedWindowState', () => {
  it('rounds the bounds and records maximised', () => {
    expect(toSavedWindowState({ x: 1.4, y: 2.6, width: 999.5, height: 700.2 }, true)).toEqual({ x: 1, y: 3, width: 1000, height: 700, maximized: true });
  });
});
