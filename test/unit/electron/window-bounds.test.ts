import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, fitBounds, MIN_SIZE } from '../../../electron/window-bounds';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const monitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window bounds', () => {
  it('reopens where the window was', () => {
    expect(fitBounds({ x: 100, y: 80, width: 1200, height: 800 }, [laptop])).toEqual({ x: 100, y: 80, width: 1200, height: 800 });
    expect(fitBounds({ x: 2000, y: 50, width: 1600, height: 900 }, [laptop, monitor])).toEqual({ x: 2000, y: 50, width: 1600, height: 900 });
  });

  it('centres on the primary display when the saved display is gone (monitor unplugged)', () => {
    const bounds = fitBounds({ x: 2000, y: 50, width: 1600, height: 900 }, [laptop]);
    expect(bounds).toEqual({ x: (1920 - DEFAULT_SIZE.width) / 2, y: (1040 - DEFAULT_SIZE.height) / 2, ...DEFAULT_SIZE });
  });

  it('pulls a window that hangs off the edge back on screen and keeps it at least the minimum size', () => {
    const bounds = fitBounds({ x: 1700, y: 900, width: 500, height: 300 }, [laptop]);
    expect(bounds.width).toBe(MIN_SIZE.width);
    expect(bounds.height).toBe(MIN_SIZE.height);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(1920);
    expect(bounds.y + bounds.height).toBeLessThanOrEqual(1040);
  });

  it('fits the default size to a small screen', () => {
    expect(fitBounds(undefined, [{ x: 0, y: 0, width: 1024, height: 700 }])).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
  });
});
