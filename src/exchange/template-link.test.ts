import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromBase64url, toBase64url } from './base64url.ts';
import { deflate } from './deflate.ts';
import {
  buildTemplateLink,
  encodeLinkData,
  MAX_LINK_FRAGMENT_CHARS,
  MAX_LINK_JSON_BYTES,
  readTemplateLinkFragment,
} from './template-link.ts';

const SAMPLE = JSON.stringify({ id: 'shelter-basic', title: { en: 'Staying safe', th: 'ปลอดภัย' } });

async function fragmentFor(json: string): Promise<string> {
  return new URL(buildTemplateLink('https://pathway.example', await encodeLinkData(json))).hash;
}

async function errorCode(hash: string): Promise<string> {
  const result = await readTemplateLinkFragment(hash);
  if (result.ok) throw new Error('expected the link to be refused');
  return result.error.code;
}

describe('template links', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('puts the data in the fragment, never in the path or query', async () => {
    const link = buildTemplateLink('https://pathway.example', await encodeLinkData(SAMPLE));
    const url = new URL(link);
    expect(url.pathname).toBe('/');
    expect(url.search).toBe('');
    expect(url.hash.startsWith('#template=')).toBe(true);
  });

  it('gives back exactly the JSON text that went in, in any script', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json({ stringUnit: 'grapheme' }), async (json) => {
        const result = await readTemplateLinkFragment(await fragmentFor(json));
        expect(result).toEqual({ ok: true, json });
      }),
      { numRuns: 60 },
    );
  });

  it('makes a typical template shorter than its JSON', async () => {
    const json = JSON.stringify(
      Array.from({ length: 40 }, (_, i) => ({ id: `q${i}`, text: { en: 'Who can you call?' } })),
    );
    expect((await encodeLinkData(json)).length).toBeLessThan(json.length / 4);
  });

  it('refuses links that are not template links', async () => {
    expect(await errorCode('')).toBe('not-a-template-link');
    expect(await errorCode('#plan=abc')).toBe('not-a-template-link');
    expect(await errorCode('?template=abc')).toBe('not-a-template-link');
  });

  it('refuses an oversized fragment before decoding it', async () => {
    const inflate = vi.fn();
    vi.stubGlobal('DecompressionStream', inflate);
    expect(await errorCode(`#template=${'A'.repeat(MAX_LINK_FRAGMENT_CHARS + 1)}`)).toBe(
      'too-large',
    );
    expect(inflate).not.toHaveBeenCalled();
  });

  it('refuses characters outside base64url as damaged', async () => {
    const hash = await fragmentFor(SAMPLE);
    expect(await errorCode(`${hash.slice(0, 20)}+${hash.slice(21)}`)).toBe('damaged');
    expect(await errorCode(`${hash} `)).toBe('damaged');
    expect(await errorCode(`${hash}=`)).toBe('damaged');
    expect(await errorCode('#template=')).toBe('damaged');
  });

  it('says a link cut short is damaged', async () => {
    const hash = await fragmentFor(SAMPLE);
    for (const cut of [14, 20, hash.length - 16, hash.length - 4, hash.length - 1]) {
      expect(await errorCode(hash.slice(0, cut)), `cut at ${cut}`).toBe('damaged');
    }
  });

  it('says a link with any changed byte is damaged', async () => {
    const bytes = fromBase64url((await fragmentFor(SAMPLE)).slice('#template='.length));
    if (!bytes) throw new Error('link data is not base64url');
    for (let i = 0; i < bytes.length; i++) {
      const altered = bytes.slice();
      altered[i] = (altered[i] ?? 0) ^ 0x10;
      expect(await errorCode(`#template=${toBase64url(altered)}`), `byte ${i}`).toBe('damaged');
    }
  });

  it('refuses text that is not UTF-8', async () => {
    const compressed = await deflate(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await errorCode(`#template=${toBase64url(compressed)}`)).toBe('damaged');
  });

  it('stops a deflate bomb early, without inflating the whole of it', async () => {
    // 256 MiB of zeros deflates to ~250 KB, which fits in a link.
    const bomb = await deflateZeros(256 * 1024 * 1024);
    const hash = `#template=${toBase64url(bomb)}`;
    expect(hash.length).toBeLessThan(MAX_LINK_FRAGMENT_CHARS);

    let inflated = 0;
    const Real = globalThis.DecompressionStream;
    class CountingDecompressionStream {
      readonly writable: WritableStream<BufferSource>;
      readonly readable: ReadableStream<Uint8Array>;
      constructor(format: CompressionFormat) {
        const real = new Real(format);
        this.writable = real.writable;
        this.readable = real.readable.pipeThrough(
          new TransformStream<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              inflated += chunk.byteLength;
              controller.enqueue(chunk);
            },
          }),
        );
      }
    }
    vi.stubGlobal('DecompressionStream', CountingDecompressionStream);

    expect(await errorCode(hash)).toBe('too-large');
    expect(inflated).toBeGreaterThan(MAX_LINK_JSON_BYTES);
    expect(inflated).toBeLessThan(4 * MAX_LINK_JSON_BYTES);
  });
});

/** Deflates `length` zero bytes without ever holding them all. */
async function deflateZeros(length: number): Promise<Uint8Array> {
  const block = new Uint8Array(1024 * 1024);
  let left = length;
  const zeros = new ReadableStream<BufferSource>({
    pull(controller) {
      if (left <= 0) return controller.close();
      const size = Math.min(block.length, left);
      left -= size;
      controller.enqueue(block.subarray(0, size));
    },
  });
  const stream = zeros.pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
