import { concatBytes } from '../vault/crypto/bytes.ts';

/**
 * zlib-wrapped DEFLATE (RFC 1950) through the platform's CompressionStream, so no library
 * is bundled. We use 'deflate' rather than 'deflate-raw': its 6 extra bytes carry an
 * Adler-32 checksum, so a link altered or cut off on the way fails to inflate instead of
 * turning quietly into different text.
 */

const FORMAT = 'deflate';

/** Bytes → compressed bytes. */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream(FORMAT));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Why inflating stopped: the output passed the cap, or the input is not valid zlib data. */
export type InflateFailure = 'too-large' | 'damaged';

/**
 * Compressed bytes → the original bytes, or a failure. Output is read piece by piece and
 * the stream is cancelled as soon as it passes `maxBytes`, so a small "deflate bomb" that
 * would expand to gigabytes costs at most about `maxBytes` of memory and a moment of work.
 */
export async function inflateWithin(
  compressed: Uint8Array,
  maxBytes: number,
): Promise<Uint8Array | InflateFailure> {
  const reader = new Blob([compressed as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream(FORMAT))
    .getReader();
  const pieces: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      pieces.push(value);
    }
  } catch {
    // Truncated input or a bad checksum (and, in browsers, bytes after the end) land here.
    return 'damaged';
  }
  return concatBytes(...pieces);
}
