import fc from 'fast-check';
import sodium from 'libsodium-wrappers-sumo';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED, bundledTemplateText } from '../test-template.ts';
import { templateTexts } from '../text-walk.ts';
import type { Template } from '../types.ts';
import { validateTemplate } from '../validate.ts';
import { canonicalJson } from './canonical.ts';
import { diffTemplates } from './diff.ts';
import { fingerprintOf } from './fingerprint.ts';
import { readTemplatePackage, signedBytes, writeTemplatePackage } from './package.ts';
import { templateInLanguages } from './subset.ts';
import { judgeSignature, readTrustedSigners, rememberSigner } from './trust.ts';

function bundled(name: string): Template {
  const result = validateTemplate(bundledTemplateText(name));
  if (!result.ok) throw new Error(`bundled template ${name} is invalid`);
  return result.template;
}

/** The value, or a failed test if it is missing. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

beforeAll(async () => {
  await sodium.ready;
});

describe('canonical JSON', () => {
  it('is independent of key order and matches JSON.parse round trips', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        const reordered = JSON.parse(JSON.stringify(value), (_key, item) =>
          item && typeof item === 'object' && !Array.isArray(item)
            ? Object.fromEntries(Object.entries(item).reverse())
            : item,
        );
        expect(canonicalJson(reordered)).toBe(text);
      }),
    );
    expect(canonicalJson({ b: 1, a: [undefined, 'x'], c: undefined })).toBe(
      '{"a":[null,"x"],"b":1}',
    );
  });
});

describe('template packages', () => {
  it('round-trip every bundled template, signed, through the package text', () => {
    const pair = sodium.crypto_sign_keypair();
    for (const name of BUNDLED) {
      const template = bundled(name);
      const message = signedBytes(template, 'Harbour Outreach', pair.publicKey);
      const value = sodium.crypto_sign_detached(message, pair.privateKey);
      const text = writeTemplatePackage(template, {
        signer: 'Harbour Outreach',
        publicKey: pair.publicKey,
        value,
      });
      const read = readTemplatePackage(text);
      if (!read.ok) throw new Error(JSON.stringify(read.errors));
      expect(canonicalJson(read.template)).toBe(canonicalJson(template));
      expect(read.signature?.signer).toBe('Harbour Outreach');
      const again = signedBytes(read.template, read.signature?.signer ?? '', pair.publicKey);
      expect(sodium.crypto_sign_verify_detached(value, again, pair.publicKey)).toBe(true);
    }
  });

  it('any change to the template or the signer name breaks the signature', () => {
    const pair = sodium.crypto_sign_keypair();
    const template = bundled('workplace-safety');
    const value = sodium.crypto_sign_detached(
      signedBytes(template, 'Harbour Outreach', pair.publicKey),
      pair.privateKey,
    );
    const altered = structuredClone(template);
    must(altered.sections[0]).title.en = 'Call this number: 555-0199';
    const verify = (t: Template, name: string) =>
      sodium.crypto_sign_verify_detached(
        value,
        signedBytes(t, name, pair.publicKey),
        pair.publicKey,
      );
    expect(verify(template, 'Harbour Outreach')).toBe(true);
    expect(verify(altered, 'Harbour Outreach')).toBe(false);
    expect(verify(template, 'Another Group')).toBe(false);
  });

  it('accepts a bare template file, and refuses junk with a clear message', () => {
    const bare = readTemplatePackage(bundledTemplateText('workplace-safety'));
    expect(bare.ok && bare.signature).toBe(undefined);
    expect(bare.ok).toBe(true);
    const cases: Array<[string, RegExp]> = [
      ['not json', /not JSON/],
      ['['.repeat(60) + ']'.repeat(60), /nests/],
      [JSON.stringify({ type: 'pathway-template', version: 2, template: {} }), /version/],
      [JSON.stringify({ type: 'pathway-backup', version: 1, template: {} }), /type/],
      ['x'.repeat(600 * 1024), /KiB/],
      [
        JSON.stringify({
          type: 'pathway-template',
          version: 1,
          template: JSON.parse(bundledTemplateText('workplace-safety')),
          signature: { signer: 'A', publicKey: 'AAAA', value: 'AAAA' },
        }),
        /32-byte public key/,
      ],
    ];
    for (const [text, message] of cases) {
      const result = readTemplatePackage(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => e.message).join('\n')).toMatch(message);
    }
    const inner = readTemplatePackage(
      JSON.stringify({ type: 'pathway-template', version: 1, template: { formatVersion: 1 } }),
    );
    expect(!inner.ok && inner.errors[0]?.path.startsWith('$.template')).toBe(true);
  });

  it('never throws on fuzzed input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          expect(readTemplatePackage(text).ok).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('language subsets', () => {
  it('keeps English and the chosen languages, is valid, and is much smaller', () => {
    for (const name of BUNDLED) {
      const template = bundled(name);
      const small = templateInLanguages(template, ['th', 'xx']);
      expect(small.languages.sort()).toEqual(['en', 'th']);
      expect(Object.keys(small.translations).sort()).toEqual(
        Object.keys(template.translations)
          .filter((tag) => tag === 'en' || tag === 'th')
          .sort(),
      );
      for (const site of templateTexts(small)) {
        expect(Object.keys(site.text).every((tag) => tag === 'en' || tag === 'th')).toBe(true);
      }
      expect(validateTemplate(small).ok).toBe(true);
      expect(JSON.stringify(small).length).toBeLessThan(JSON.stringify(template).length / 3);
      // The original is untouched.
      expect(template.languages.length).toBeGreaterThan(2);
    }
  });
});

describe('differences from the installed version', () => {
  it('names added, removed and changed parts and counts changed questions', () => {
    const installed = bundled('workplace-safety');
    expect(diffTemplates(installed, installed).identical).toBe(true);
    const incoming = structuredClone(installed);
    incoming.version += 1;
    const removed = must(incoming.sections.pop());
    must(incoming.sections[0]).title.en = 'Before you meet someone';
    const firstItem = must(must(incoming.sections[1]).items[0]);
    firstItem.label.en = 'Reworded question';
    incoming.sections.push({ ...structuredClone(removed), id: 'brand-new-part', items: [] });
    const diff = diffTemplates(installed, incoming);
    expect(diff.identical).toBe(false);
    expect(diff.version).toEqual({ from: installed.version, to: installed.version + 1 });
    expect(diff.sectionsRemoved).toEqual([removed.title]);
    expect(diff.sectionsAdded.map((t) => t.en)).toEqual([removed.title.en]);
    expect(diff.sectionsChanged.map((t) => t.en)).toContain('Before you meet someone');
    expect(diff.itemsChanged).toBe(1);
    expect(diff.itemsRemoved).toBeGreaterThan(0);
    expect(diff.itemsAdded).toBe(0);
    expect(
      diffTemplates(installed, templateInLanguages(installed, ['fr'])).languagesRemoved,
    ).toContain('th');
  });
});

describe('trust on first use', () => {
  it('remembers the first key under a name and warns when another key claims it', () => {
    const a = sodium.crypto_sign_keypair().publicKey;
    const b = sodium.crypto_sign_keypair().publicKey;
    const sig = (publicKey: Uint8Array, signer = 'Harbour Outreach') => ({
      signer,
      publicKey,
      value: new Uint8Array(64),
    });
    expect(judgeSignature(undefined, false, [])).toEqual({ kind: 'unsigned' });
    expect(judgeSignature(sig(a), false, []).kind).toBe('altered');
    expect(judgeSignature(sig(a), true, []).kind).toBe('new-signer');
    const trusted = rememberSigner([], 'Harbour Outreach', a, new Date('2026-11-01T00:00:00Z'));
    expect(judgeSignature(sig(a), true, trusted).kind).toBe('known');
    expect(judgeSignature(sig(a, ' harbour  OUTREACH '), true, trusted).kind).toBe('known');
    expect(judgeSignature(sig(b), true, trusted).kind).toBe('key-changed');
    const replaced = rememberSigner(trusted, 'harbour outreach', b, new Date());
    expect(replaced).toHaveLength(1);
    expect(judgeSignature(sig(b), true, replaced).kind).toBe('known');
    expect(readTrustedSigners({ signers: trusted })).toEqual(trusted);
    expect(readTrustedSigners({ signers: [{ name: 1 }] })).toEqual([]);
  });

  it('fingerprints are 5 groups of 4 hex digits and differ between keys', async () => {
    const a = await fingerprintOf(sodium.crypto_sign_keypair().publicKey);
    const b = await fingerprintOf(sodium.crypto_sign_keypair().publicKey);
    expect(a).toMatch(/^([0-9A-F]{4} ){4}[0-9A-F]{4}$/);
    expect(a).not.toBe(b);
  });
});
