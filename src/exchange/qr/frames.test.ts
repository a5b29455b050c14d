import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../base64url.ts';
import {
  createFrameCollector,
  DEFAULT_CHUNK_BYTES,
  type FrameKind,
  fitsInFrames,
  MAX_FRAMES,
  MAX_QR_DATA_BYTES,
  splitIntoFrames,
} from './frames.ts';

function bytesOf(length: number, seed = 1): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 17 + (i >> 8)) & 0xff);
}

/** The same frame with one data byte changed, still well-formed. */
function withChangedChunk(frame: string): string {
  const cut = frame.lastIndexOf(':') + 1;
  const bytes = fromBase64url(frame.slice(cut));
  if (!bytes?.length) throw new Error('frame has no data');
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return frame.slice(0, cut) + toBase64url(bytes);
}

describe('QR frames', () => {
  it('round-trips any data up to 20 000 bytes, in any order, with codes read twice', () => {
    const kinds = fc.constantFrom<FrameKind[]>('template', 'backup');
    const scans = fc
      .tuple(fc.uint8Array({ minLength: 0, maxLength: 20_000, size: 'max' }), kinds)
      .chain(([data, kind]) => {
        const frames = splitIntoFrames(kind, data);
        return fc.record({
          data: fc.constant(data),
          kind: fc.constant(kind),
          order: fc.shuffledSubarray(frames, { minLength: frames.length }),
          again: fc.subarray(frames),
        });
      });
    fc.assert(
      fc.property(scans, ({ data, kind, order, again }) => {
        expect(order.length).toBeLessThanOrEqual(MAX_FRAMES);
        const collector = createFrameCollector();
        const [firstScan = '', ...rest] = order;
        collector.add(firstScan);
        for (const text of [...again, ...rest]) collector.add(text);
        expect(collector.complete).toBe(true);
        expect(collector.result()).toEqual({ kind, data });
      }),
      { numRuns: 60 },
    );
  });

  it('writes the documented format', () => {
    const frames = splitIntoFrames('template', bytesOf(DEFAULT_CHUNK_BYTES * 2 + 1));
    expect(frames).toHaveLength(3);
    for (const [index, frame] of frames.entries()) {
      expect(frame).toMatch(new RegExp(`^PW1:t:[0-9a-f]{8}:${index}/3:[A-Za-z0-9_-]+$`));
    }
    expect(splitIntoFrames('backup', bytesOf(10))[0]).toMatch(/^PW1:b:/);
  });

  it('keeps every frame within QR version 16-M (450 bytes) at the largest set', () => {
    const frames = splitIntoFrames('template', bytesOf(MAX_QR_DATA_BYTES));
    expect(frames).toHaveLength(MAX_FRAMES);
    expect(Math.max(...frames.map((f) => f.length))).toBeLessThanOrEqual(450);
  });

  it('reads sets made with a smaller chunk size too', () => {
    const data = bytesOf(100);
    const frames = splitIntoFrames('backup', data, { chunkBytes: 16 });
    expect(frames).toHaveLength(7);
    const collector = createFrameCollector();
    for (const frame of frames) collector.add(frame);
    expect(collector.result()).toEqual({ kind: 'backup', data });
  });

  it('refuses data that would need more than 64 codes', () => {
    expect(fitsInFrames(MAX_QR_DATA_BYTES)).toBe(true);
    expect(fitsInFrames(MAX_QR_DATA_BYTES + 1)).toBe(false);
    expect(() => splitIntoFrames('backup', bytesOf(MAX_QR_DATA_BYTES + 1))).toThrow(RangeError);
    expect(() => splitIntoFrames('backup', bytesOf(10), { chunkBytes: 3 })).toThrow(RangeError);
  });

  it('reads a single code at once, even with no data', () => {
    for (const data of [new Uint8Array(0), bytesOf(5)]) {
      const frames = splitIntoFrames('template', data);
      expect(frames).toHaveLength(1);
      const collector = createFrameCollector();
      expect(collector.add(frames[0] ?? '')).toEqual({ status: 'added', received: 1, total: 1 });
      expect(collector.result().data).toEqual(data);
    }
  });

  it('counts progress and ignores a code read twice', () => {
    const frames = splitIntoFrames('backup', bytesOf(1000));
    const collector = createFrameCollector();
    expect(collector.add(frames[2] ?? '')).toEqual({ status: 'added', received: 1, total: 4 });
    expect(collector.add(frames[2] ?? '')).toEqual({ status: 'duplicate', received: 1, total: 4 });
    expect(collector.add(frames[0] ?? '')).toEqual({ status: 'added', received: 2, total: 4 });
    expect(collector.complete).toBe(false);
    expect(() => collector.result()).toThrow();
    collector.add(frames[3] ?? '');
    expect(collector.add(frames[1] ?? '')).toEqual({ status: 'added', received: 4, total: 4 });
    expect(collector.complete).toBe(true);
    expect(collector.add(frames[1] ?? '').status).toBe('duplicate');
  });

  it('never mixes codes from two sets', () => {
    const mine = splitIntoFrames('template', bytesOf(700, 1));
    const theirs = splitIntoFrames('template', bytesOf(700, 2));
    const otherKind = splitIntoFrames('backup', bytesOf(700, 1));
    const collector = createFrameCollector();
    collector.add(mine[0] ?? '');
    expect(collector.add(theirs[1] ?? '').status).toBe('other-set');
    expect(collector.add(otherKind[1] ?? '').status).toBe('other-set');
    collector.add(mine[1] ?? '');
    expect(collector.add(mine[2] ?? '')).toEqual({ status: 'added', received: 3, total: 3 });
    expect(collector.result().data).toEqual(bytesOf(700, 1));
  });

  it('refuses malformed frames', () => {
    const good = splitIntoFrames('template', bytesOf(700))[1] ?? '';
    const [, , setId] = good.split(':');
    const bad = [
      '',
      'https://example.org',
      good.replace('PW1', 'PW2'),
      good.replace(':t:', ':x:'),
      good.replace(setId ?? '', 'ABCDEF12'),
      good.replace(setId ?? '', '1234567'),
      good.replace('1/3', '3/3'),
      good.replace('1/3', '01/3'),
      good.replace('1/3', '1/65'),
      good.replace('1/3', '-1/3'),
      good.replace('1/3', '1/0'),
      `${good}=`,
      `${good}+`,
      `${good}:x`,
      `${good}A`, // base64url with a length no bytes can have
      `${good.slice(0, good.lastIndexOf(':') + 1)}`, // empty chunk in a set of three
      `${good}${'A'.repeat(2000)}`,
    ];
    for (const text of bad) {
      const collector = createFrameCollector();
      expect(collector.add(text), text.slice(0, 40)).toEqual({
        status: 'not-pathway',
        received: 0,
        total: 0,
      });
    }
  });

  it('starts over when the joined codes fail their check', () => {
    const frames = splitIntoFrames('template', bytesOf(700));
    const collector = createFrameCollector();
    collector.add(frames[0] ?? '');
    collector.add(frames[1] ?? '');
    expect(collector.add(withChangedChunk(frames[2] ?? ''))).toEqual({
      status: 'damaged',
      received: 0,
      total: 0,
    });
    expect(collector.complete).toBe(false);
  });

  it('starts over when one code is read again with different data', () => {
    const frames = splitIntoFrames('template', bytesOf(700));
    const collector = createFrameCollector();
    collector.add(frames[0] ?? '');
    expect(collector.add(withChangedChunk(frames[0] ?? '')).status).toBe('damaged');
    expect(collector.add(frames[1] ?? '')).toEqual({ status: 'added', received: 1, total: 3 });
  });

  it('can be reset to read another set', () => {
    const collector = createFrameCollector();
    collector.add(splitIntoFrames('template', bytesOf(700, 1))[0] ?? '');
    collector.reset();
    const theirs = splitIntoFrames('template', bytesOf(700, 2));
    expect(collector.add(theirs[0] ?? '').status).toBe('added');
  });
});
