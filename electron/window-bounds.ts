/** Pure geometry for remembering the window, kept apart from Electron so it can be unit tested. */
export type Rect = { x: number; y: number; width: number; height: number };

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;

/** Visible area shared by two rectangles (0 when they do not touch). */
function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Where to open the window: the saved bounds when enough of them (a title bar's worth) is on a
 * display that still exists, clamped to that display; otherwise the default size centred on the
 * primary display. Covers the laptop that was last used with an external monitor.
 */
export function fitBounds(saved: Rect | undefined, workAreas: readonly Rect[]): Rect {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (saved) {
    const best = [...workAreas].sort((a, b) => overlapArea(saved, b) - overlapArea(saved, a))[0];
    if (best && overlapArea(saved, best) >= Math.min(saved.width, 200) * 40) {
      const width = Math.max(MIN_SIZE.width, Math.min(saved.width, best.width));
      const height = Math.max(MIN_SIZE.height, Math.min(saved.height, best.height));
      const x = Math.min(Math.max(saved.x, best.x), best.x + best.width - width);
      const y = Math.min(Math.max(saved.y, best.y), best.y + best.height - height);
      return { x, y, width, height };
    }
  }
  const width = Math.min(DEFAULT_SIZE.width, primary.width);
  const height = Math.min(DEFAULT_SIZE.height, primary.height);
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
  };
}
