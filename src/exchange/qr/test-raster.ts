import jsQR from 'jsqr';
import { QUIET_ZONE_MODULES } from './render.ts';

/**
 * Test-only helpers (never imported by the app, so never bundled): draw a QR matrix as
 * RGBA pixels, the way a screen shows it, and read it back with jsQR, the way a camera
 * would, so tests prove a code really scans rather than that it looks plausible.
 */

/** An RGBA image of `matrix`: black on white, `scale` pixels per module, quiet zone included. */
export function rasterize(
  matrix: readonly (readonly boolean[])[],
  scale = 4,
): { data: Uint8ClampedArray; width: number; height: number } {
  const modules = matrix.length + 2 * QUIET_ZONE_MODULES;
  const width = modules * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [row, cells] of matrix.entries()) {
    for (const [column, dark] of cells.entries()) {
      if (!dark) continue;
      for (let dy = 0; dy < scale; dy++) {
        const y = (row + QUIET_ZONE_MODULES) * scale + dy;
        const x = (column + QUIET_ZONE_MODULES) * scale;
        data.fill(0, (y * width + x) * 4, (y * width + x + scale) * 4);
      }
    }
  }
  // fill(0) above also zeroed alpha; make every pixel opaque again.
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  return { data, width, height: width };
}

/** The text jsQR reads from an RGBA image, or null if it finds no code. */
export function decodeQrFromRgba(
  data: Uint8ClampedArray,
  width: number,
  height: number,
): string | null {
  return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** Rasterises an SVG path from `qrSvgPath` (its `M x y h w v1 h-w z` rectangles) to RGBA. */
export function rasterizeSvgPath(
  svg: { size: number; path: string },
  scale = 4,
): { data: Uint8ClampedArray; width: number; height: number } {
  const matrix = Array.from({ length: svg.size }, () => new Array<boolean>(svg.size).fill(false));
  for (const [, x, y, w] of svg.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dx = 0; dx < Number(w); dx++) {
      const row = matrix[Number(y)];
      if (row) row[Number(x) + dx] = true;
    }
  }
  // The path already includes the quiet zone: strip it so rasterize adds it once.
  const inner = matrix
    .slice(QUIET_ZONE_MODULES, svg.size - QUIET_ZONE_MODULES)
    .map((row) => row.slice(QUIET_ZONE_MODULES, svg.size - QUIET_ZONE_MODULES));
  return rasterize(inner, scale);
}
