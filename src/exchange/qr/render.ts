import { encode } from 'uqr';

/**
 * QR codes as data for Preact to draw: a module matrix, or one SVG path of the dark
 * modules. Nothing here builds markup, so the UI sets attributes and never uses innerHTML.
 * Error correction M (15 % of the code can be lost) suits a code shown on a phone screen:
 * glare and a smudged screen are the usual losses, and a higher level would mean a denser
 * code for the same frame.
 */

/** Light modules kept around the code on every side, as the QR standard asks. */
export const QUIET_ZONE_MODULES = 4;

/** The QR code for `text`: its version (1–40) and its modules, `true` = dark, no border. */
export function qrCode(text: string): { version: number; matrix: boolean[][] } {
  const { version, data } = encode(text, { ecc: 'M', border: 0 });
  return { version, matrix: data };
}

/** The modules of the QR code for `text` (`true` = dark), without the quiet zone. */
export function qrMatrix(text: string): boolean[][] {
  return qrCode(text).matrix;
}

/**
 * The QR code for `text` as one SVG path of its dark modules, in module units, with the
 * quiet zone included: draw it in `viewBox="0 0 size size"` over a white square.
 * Runs of dark modules in a row become one rectangle, which keeps the path short.
 */
export function qrSvgPath(text: string): { size: number; path: string } {
  const matrix = qrMatrix(text);
  const size = matrix.length + 2 * QUIET_ZONE_MODULES;
  const parts: string[] = [];
  for (const [row, modules] of matrix.entries()) {
    const y = row + QUIET_ZONE_MODULES;
    let column = 0;
    while (column < modules.length) {
      if (!modules[column]) {
        column++;
        continue;
      }
      const start = column;
      while (modules[column]) column++;
      parts.push(`M${start + QUIET_ZONE_MODULES} ${y}h${column - start}v1h-${column - start}z`);
    }
  }
  return { size, path: parts.join('') };
}
