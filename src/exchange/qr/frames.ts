import * as v from 'valibot';
import { concatBytes } from '../../vault/crypto/bytes.ts';
import { fromBase64url, toBase64url } from '../base64url.ts';
import { crc32 } from '../crc32.ts';

/**
 * Data too big for one QR code, cut into a set of self-describing text frames:
 *
 *     PW1:<kind>:<setId>:<index>/<total>:<chunk>
 *     PW1:t:3f9a02c1:0/3:eJztW…
 *
 * - `PW1` names the format and its version; a reader refuses anything else.
 * - `kind` is `t` (plan template) or `b` (encrypted backup).
 * - `setId` is the CRC-32 of the whole data in 8 lowercase hex digits. Frames of two sets
 *   never mix, and the joined data is checked against it. It is not a security check:
 *   the template validator and the backup's authenticated encryption are.
 * - `index` counts from 0 and `total` is at most {@link MAX_FRAMES}, both plain decimals.
 * - `chunk` is base64url (no padding) of up to {@link DEFAULT_CHUNK_BYTES} bytes.
 *
 * Frames can be scanned in any order; duplicates are ignored.
 */

/** What a set of frames carries. */
export type FrameKind = 'template' | 'backup';

/** Most frames in one set: more codes than this is too tiring to scan one by one. */
export const MAX_FRAMES = 64;

/**
 * Data bytes per frame by default. 321 bytes are 428 base64url characters; with the
 * longest header (`PW1:t:xxxxxxxx:63/64:`, 21 characters) a frame is at most 449
 * characters, which fits QR version 16 at error correction M (byte mode holds 450):
 * 81 × 81 modules, 89 with the quiet zone, so about 3.6 CSS px per module at 320 px
 * wide (7 to 11 device pixels on a phone), comfortably read by a phone camera.
 */
export const DEFAULT_CHUNK_BYTES = 321;

/** The most data one set can carry at the default chunk size (20 544 bytes). */
export const MAX_QR_DATA_BYTES = MAX_FRAMES * DEFAULT_CHUNK_BYTES;

/** Bounds for `chunkBytes`, so any frame we make is one a reader accepts. */
export const MIN_CHUNK_BYTES = 16;
export const MAX_CHUNK_BYTES = 1024;

const MAX_CHUNK_CHARS = Math.ceil((MAX_CHUNK_BYTES * 4) / 3);
const MAX_FRAME_CHARS = 32 + MAX_CHUNK_CHARS;
const PREFIX = 'PW1';
const KIND_LETTER: Record<FrameKind, 't' | 'b'> = { template: 't', backup: 'b' };

/** Options for {@link splitIntoFrames}. */
export interface SplitOptions {
  /** Data bytes per frame; smaller makes simpler codes but more of them. */
  chunkBytes?: number;
}

/** How many frames `byteLength` bytes need (at least one, even for no data). */
export function framesNeeded(byteLength: number, options: SplitOptions = {}): number {
  return Math.max(1, Math.ceil(byteLength / chunkBytesOf(options)));
}

/** Whether `byteLength` bytes fit in one set of at most {@link MAX_FRAMES} codes. */
export function fitsInFrames(byteLength: number, options: SplitOptions = {}): boolean {
  return framesNeeded(byteLength, options) <= MAX_FRAMES;
}

/**
 * Bytes → the texts of their QR codes, in order. Throws RangeError if the data needs more
 * than {@link MAX_FRAMES} frames (check {@link fitsInFrames} first) or `chunkBytes` is out
 * of bounds.
 */
export function splitIntoFrames(
  kind: FrameKind,
  data: Uint8Array,
  options: SplitOptions = {},
): string[] {
  const chunkBytes = chunkBytesOf(options);
  const total = framesNeeded(data.length, options);
  if (total > MAX_FRAMES) {
    throw new RangeError(`Data needs ${total} QR codes; at most ${MAX_FRAMES}.`);
  }
  const head = `${PREFIX}:${KIND_LETTER[kind]}:${setIdOf(data)}`;
  return Array.from({ length: total }, (_, index) => {
    const chunk = data.subarray(index * chunkBytes, (index + 1) * chunkBytes);
    return `${head}:${index}/${total}:${toBase64url(chunk)}`;
  });
}

function chunkBytesOf(options: SplitOptions): number {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  if (
    !Number.isInteger(chunkBytes) ||
    chunkBytes < MIN_CHUNK_BYTES ||
    chunkBytes > MAX_CHUNK_BYTES
  ) {
    throw new RangeError(`chunkBytes must be ${MIN_CHUNK_BYTES} to ${MAX_CHUNK_BYTES}.`);
  }
  return chunkBytes;
}

function setIdOf(data: Uint8Array): string {
  return crc32(data).toString(16).padStart(8, '0');
}

const FRAME_PARTS =
  /^PW1:(?<kind>[^:]*):(?<setId>[^:]*):(?<index>[^:/]*)\/(?<total>[^:]*):(?<chunk>[^:]*)$/;
const DECIMAL = /^(0|[1-9][0-9]?)$/;

/** One scanned frame, checked: what the collector works with. */
const FrameSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_FRAME_CHARS),
  v.transform((text) => FRAME_PARTS.exec(text)?.groups ?? null),
  v.object({
    kind: v.pipe(
      v.picklist(['t', 'b']),
      v.transform((letter): FrameKind => (letter === 't' ? 'template' : 'backup')),
    ),
    setId: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
    index: v.pipe(v.string(), v.regex(DECIMAL), v.transform(Number)),
    total: v.pipe(v.string(), v.regex(DECIMAL), v.transform(Number)),
    chunk: v.pipe(v.string(), v.maxLength(MAX_CHUNK_CHARS), v.regex(/^[A-Za-z0-9_-]*$/)),
  }),
  v.check((f) => f.total >= 1 && f.total <= MAX_FRAMES && f.index < f.total),
  // Only a set of one frame may be empty (no data at all).
  v.check((f) => f.chunk.length > 0 || f.total === 1),
);

type Frame = v.InferOutput<typeof FrameSchema> & { bytes: Uint8Array };

/** Reads one frame's text, or null if it is not a well-formed Pathway frame. */
function parseFrame(text: string): Frame | null {
  const parsed = v.safeParse(FrameSchema, text);
  if (!parsed.success) return null;
  const bytes = fromBase64url(parsed.output.chunk);
  return bytes ? { ...parsed.output, bytes } : null;
}

/**
 * What happened to a scanned text:
 * - `added`: a new frame of the set being read;
 * - `duplicate`: that frame was already read;
 * - `not-pathway`: not a Pathway frame (another QR code, or a misread);
 * - `other-set`: a Pathway frame of a different set than the first frame read;
 * - `damaged`: the frames did not fit together (same frame read with different data, or
 *   the joined data failed its check); the collector has started over, empty.
 */
export type AddStatus = 'added' | 'duplicate' | 'not-pathway' | 'other-set' | 'damaged';

/** The outcome of {@link FrameCollector.add}, with progress for "3 of 5 codes read". */
export interface AddResult {
  status: AddStatus;
  /** Frames of the current set read so far. */
  received: number;
  /** Frames in the current set, 0 before the first frame. */
  total: number;
}

/** A whole set, joined and checked. */
export interface FrameSetResult {
  kind: FrameKind;
  data: Uint8Array;
}

/** Gathers scanned frames of one set, in any order, until it is complete. */
export interface FrameCollector {
  add(text: string): AddResult;
  /** True once every frame is in and the data matched its setId. */
  readonly complete: boolean;
  /** The joined data; throws if not {@link complete}. */
  result(): FrameSetResult;
  /** Forgets every frame read, e.g. when the person started on the wrong set. */
  reset(): void;
}

/** A collector for one set; the first valid frame read decides which set. */
export function createFrameCollector(): FrameCollector {
  let first: Frame | null = null;
  let frames = new Map<number, Frame>();
  let done: FrameSetResult | null = null;

  const progress = (status: AddStatus): AddResult => ({
    status,
    received: frames.size,
    total: first?.total ?? 0,
  });
  const reset = () => {
    first = null;
    frames = new Map();
    done = null;
  };
  const startOver = (): AddResult => {
    reset();
    return progress('damaged');
  };

  return {
    add(text) {
      const frame = parseFrame(text);
      if (!frame) return progress('not-pathway');
      first ??= frame;
      if (frame.setId !== first.setId || frame.kind !== first.kind || frame.total !== first.total) {
        return progress('other-set');
      }
      const seen = frames.get(frame.index);
      if (seen) return seen.chunk === frame.chunk ? progress('duplicate') : startOver();
      frames.set(frame.index, frame);
      if (frames.size < first.total) return progress('added');
      const data = concatBytes(
        ...[...frames.values()].sort((a, b) => a.index - b.index).map((f) => f.bytes),
      );
      if (setIdOf(data) !== first.setId) return startOver();
      done = { kind: first.kind, data };
      return progress('added');
    },
    get complete() {
      return done !== null;
    },
    result() {
      if (!done) throw new Error('The set of QR codes is not complete yet.');
      return { kind: done.kind, data: done.data.slice() };
    },
    reset,
  };
}
