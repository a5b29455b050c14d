import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../plans/types.ts';
import { concatBytes, u32be } from '../vault/crypto/bytes.ts';
import { KDF_FLOOR } from '../vault/crypto/kdf.ts';
import type { Sodium } from '../vault/crypto/sodium.ts';
import { decryptBackup, encryptBackup } from './backup.ts';
import {
  BackupError,
  BackupTooLargeError,
  DamagedBackupError,
  EmptyPassphraseError,
  NotABackupError,
  TrailingDataError,
  TruncatedBackupError,
  UnsafeSettingsError,
  UnsupportedVersionError,
  WrongPassphraseError,
} from './errors.ts';
import { HEADER_BYTES, MAGIC, MAX_BACKUP_BYTES, readBackupHeader } from './format.ts';
import { createBackupPayload } from './payload.ts';
import { CHUNK_BYTES, CHUNK_OVERHEAD } from './stream.ts';
import {
  countingSodium,
  makeBackup,
  PASS,
  patchHeader,
  samplePlan,
  TEST_KDF,
  testSodium,
} from './test-backup.ts';

let sodium: Sodium;
/** A one-plan backup (one chunk) and a fifty-plan backup (several chunks). */
let small: Uint8Array;
let large: Uint8Array;
let largePlans: Plan[];

beforeAll(async () => {
  sodium = await testSodium();
  small = makeBackup(sodium, [samplePlan(1)]);
  // Long answers so the payload spans several 64 KiB chunks.
  largePlans = Array.from({ length: 50 }, (_, n) => samplePlan(n, `note ${n} `.repeat(400)));
  large = makeBackup(sodium, largePlans);
});

const plansOf = (bytes: Uint8Array, passphrase = PASS, using: Sodium = sodium) =>
  decryptBackup(bytes, passphrase, using).plans.map((result) =>
    result.ok ? result.plan : result.errors,
  );

/** The error `run` throws (fails the test if it returns). */
function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** Offsets where each chunk starts (its length prefix), from the chunk lengths in the file. */
function chunkStarts(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const starts: number[] = [];
  for (let at = HEADER_BYTES; at < bytes.length; at += 4 + view.getUint32(at, false)) {
    starts.push(at);
  }
  return starts;
}

describe('a backup file', () => {
  it('opens with its passphrase and gives back the plan and when it was made', () => {
    const contents = decryptBackup(small, PASS, sodium);
    expect(contents.createdAt).toBe('2026-12-01T08:30:00.000Z');
    expect(contents.plans).toEqual([{ ok: true, plan: samplePlan(1) }]);
    expect(contents.templates).toEqual([]);
  });

  it('carries fifty plans across several chunks', () => {
    expect(chunkStarts(large).length).toBeGreaterThanOrEqual(3);
    expect(plansOf(large)).toEqual(largePlans);
  });

  it('keeps any script and emoji, and opens with the passphrase typed on another keyboard', () => {
    const text = 'Llamar a Ána 📞 · 電話 · اتصل · Gọi cho Mẹ · 👩🏽‍⚕️ · \u0301e';
    const plan = { ...samplePlan(7, text), title: 'خطة 🌙 計画' };
    // Full-width letters (CJK keyboard) and a trailing space (phone keyboards) normalise away.
    const bytes = makeBackup(sodium, [plan], 'Ｌａｎｔｅｒｎ ｏｖｅｒ ｗａｔｅｒ ');
    expect(plansOf(bytes, 'Lantern over water')).toEqual([plan]);
  });

  it('does not open with a wrong passphrase', () => {
    expect(() => decryptBackup(small, 'lantern over the quiet rivers', sodium)).toThrow(
      WrongPassphraseError,
    );
  });

  it('treats an empty passphrase as wrong without running Argon2, and refuses to make one', () => {
    const counted = countingSodium(sodium);
    expect(() => decryptBackup(small, '   ', counted.sodium)).toThrow(WrongPassphraseError);
    expect(counted.calls()).toBe(0);
    const payload = createBackupPayload([samplePlan(1)]);
    expect(() => encryptBackup(payload, '', sodium, TEST_KDF)).toThrow(EmptyPassphraseError);
  });

  it('shows nothing in the header but how it is locked, and no plan text anywhere', () => {
    expect(readBackupHeader(small)).toEqual({
      formatVersion: 1,
      kdf: TEST_KDF,
      size: small.length,
    });
    const canary = 'CANARY-7f3a9e';
    const bytes = makeBackup(sodium, [samplePlan(2, canary)]);
    const asText = new TextDecoder('latin1').decode(bytes);
    expect(asText).not.toContain(canary);
    expect(asText).not.toContain('plan-2');
  });

  it('hides the exact length of what was written (sizes move in 4 KiB steps)', () => {
    const a = makeBackup(sodium, [samplePlan(1, 'short')]);
    const b = makeBackup(sodium, [samplePlan(1, 'a somewhat longer answer here')]);
    expect(a.length).toBe(b.length);
  });

  it('uses a fresh salt and file key every time, even for the same plans and passphrase', () => {
    const again = makeBackup(sodium, [samplePlan(1)]);
    expect(again.length).toBe(small.length);
    expect(again.subarray(18, HEADER_BYTES)).not.toEqual(small.subarray(18, HEADER_BYTES));
  });

  it('is written with the vault floor (64 MiB, t=3) unless told otherwise', () => {
    const counted = countingSodium(sodium);
    const payload = createBackupPayload([samplePlan(1)]);
    const bytes = encryptBackup(payload, PASS, counted.sodium);
    expect(readBackupHeader(bytes).kdf).toEqual(KDF_FLOOR);
  });

  it('refuses to be written with settings a reader would refuse', () => {
    const payload = createBackupPayload([samplePlan(1)]);
    const weak = { alg: 'argon2id13' as const, memlimitBytes: 1024 * 1024, opslimit: 1 };
    expect(() => encryptBackup(payload, PASS, sodium, weak)).toThrow(UnsafeSettingsError);
  });

  it('refuses to write a file larger than any reader accepts, before running Argon2', () => {
    const counted = countingSodium(sodium);
    // 100 plans of 12 answers at the longest allowed length: about 23 MiB.
    const long = 'x'.repeat(20_000);
    const huge = Array.from({ length: 100 }, (_, n) => {
      const plan = samplePlan(n);
      for (let k = 0; k < 12; k++) plan.answers[`q${k}`] = { kind: 'longText', value: long };
      return plan;
    });
    const payload = createBackupPayload(huge);
    expect(() => encryptBackup(payload, PASS, counted.sodium, TEST_KDF)).toThrow(
      BackupTooLargeError,
    );
    expect(counted.calls()).toBe(0);
  });
});

describe('a damaged, cut-off or altered file is refused', () => {
  it('for every single byte flipped, and header damage never reaches Argon2', () => {
    const counted = countingSodium(sodium);
    for (let at = 0; at < small.length; at++) {
      const bytes = small.slice();
      bytes[at] = (bytes[at] ?? 0) ^ 0xff;
      const before = counted.calls();
      const error = errorOf(() => decryptBackup(bytes, PASS, counted.sodium));
      if (at < MAGIC.length) expect(error, `byte ${at}`).toBeInstanceOf(NotABackupError);
      else if (at === MAGIC.length) expect(error).toBeInstanceOf(UnsupportedVersionError);
      else if (at < HEADER_BYTES) {
        expect(error, `byte ${at}`).toBeInstanceOf(DamagedBackupError);
        expect(counted.calls(), `byte ${at}`).toBe(before);
      } else expect(error, `byte ${at}`).toBeInstanceOf(BackupError);
    }
    // All body positions shared one set of Argon2 inputs.
    expect(counted.calls()).toBeGreaterThan(0);
  });

  it('for any flip pattern at any position (property)', () => {
    const counted = countingSodium(sodium);
    fc.assert(
      fc.property(
        fc.nat({ max: small.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (at, mask) => {
          const bytes = small.slice();
          bytes[at] = (bytes[at] ?? 0) ^ mask;
          expect(errorOf(() => decryptBackup(bytes, PASS, counted.sodium))).toBeInstanceOf(
            BackupError,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('when cut off at any length (one-chunk file): always "incomplete"', () => {
    const counted = countingSodium(sodium);
    expect(() => decryptBackup(small.subarray(0, 0), PASS, counted.sodium)).toThrow(
      NotABackupError,
    );
    for (let length = 1; length < small.length; length++) {
      expect(
        errorOf(() => decryptBackup(small.slice(0, length), PASS, counted.sodium)),
        `length ${length}`,
      ).toBeInstanceOf(TruncatedBackupError);
    }
  });

  it('when cut off at every chunk boundary and inside every chunk (multi-chunk file)', () => {
    const counted = countingSodium(sodium);
    const starts = chunkStarts(large);
    const cuts = starts.flatMap((at) => [at, at + 2, at + 4, at + 4 + 1000, at + 4 + CHUNK_BYTES]);
    for (const cut of cuts.filter((at) => at < large.length)) {
      expect(
        errorOf(() => decryptBackup(large.slice(0, cut), PASS, counted.sodium)),
        `cut at ${cut}`,
      ).toBeInstanceOf(TruncatedBackupError);
    }
  });

  it('when the FINAL chunk is dropped, or chunks are swapped or repeated', () => {
    const counted = countingSodium(sodium);
    const [first = 0, second = 0, third = 0] = chunkStarts(large);
    const full = CHUNK_BYTES + CHUNK_OVERHEAD + 4;
    expect(second - first).toBe(full);
    const chunk = (at: number) => large.subarray(at, at + full);
    const header = large.subarray(0, HEADER_BYTES);
    const rest = large.subarray(third);
    const variants = {
      'last chunk dropped': large.subarray(0, chunkStarts(large).at(-1)),
      swapped: concatBytes(header, chunk(second), chunk(first), rest),
      repeated: concatBytes(header, chunk(first), chunk(first), chunk(second), rest),
      'second dropped': concatBytes(header, chunk(first), rest),
    };
    for (const [name, bytes] of Object.entries(variants)) {
      expect(
        errorOf(() => decryptBackup(bytes, PASS, counted.sodium)),
        name,
      ).toBeInstanceOf(BackupError);
    }
    expect(() => decryptBackup(variants['last chunk dropped'], PASS, counted.sodium)).toThrow(
      TruncatedBackupError,
    );
  });

  it('when anything follows the final chunk', () => {
    const counted = countingSodium(sodium);
    for (const extra of [
      Uint8Array.of(0),
      Uint8Array.of(0, 0, 0, 17),
      small,
      new Uint8Array(100),
    ]) {
      const bytes = new Uint8Array(small.length + extra.length);
      bytes.set(small);
      bytes.set(extra, small.length);
      expect(() => decryptBackup(bytes, PASS, counted.sodium)).toThrow(TrailingDataError);
    }
  });

  it('when the body is put under another backup’s header', () => {
    const other = makeBackup(sodium, [samplePlan(1)]);
    const spliced = other.slice();
    spliced.set(small.subarray(HEADER_BYTES), HEADER_BYTES);
    expect(() => decryptBackup(spliced, PASS, sodium)).toThrow(DamagedBackupError);
  });

  it('when header fields are rewritten with a matching CRC (the key wrap binds them)', () => {
    const counted = countingSodium(sodium);
    // Another salt, or t=3 instead of t=2: Argon2 runs, but the wrapped key does not open.
    const salt = patchHeader(small, 18, Uint8Array.of((small[18] ?? 0) ^ 1));
    const ops = patchHeader(small, 10, u32be(3));
    expect(() => decryptBackup(salt, PASS, counted.sodium)).toThrow(WrongPassphraseError);
    expect(() => decryptBackup(ops, PASS, counted.sodium)).toThrow(WrongPassphraseError);
    // The stream header is bound to the first chunk.
    const stream = patchHeader(small, 106, Uint8Array.of((small[106] ?? 0) ^ 1));
    expect(() => decryptBackup(stream, PASS, counted.sodium)).toThrow(DamagedBackupError);
  });
});

describe('a hostile or foreign file is refused before any key derivation', () => {
  const refusedWithoutKdf = (bytes: Uint8Array, expected: new () => BackupError) => {
    const counted = countingSodium(sodium);
    expect(() => readBackupHeader(bytes)).toThrow(expected);
    expect(() => decryptBackup(bytes, PASS, counted.sodium)).toThrow(expected);
    expect(counted.calls()).toBe(0);
  };

  it('when it is not a Pathway file at all', () => {
    const png = Uint8Array.of(
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...new Uint8Array(200),
    );
    refusedWithoutKdf(png, NotABackupError);
    refusedWithoutKdf(new TextEncoder().encode('PATHWAY backup, honest'), NotABackupError);
    refusedWithoutKdf(new Uint8Array(0), NotABackupError);
  });

  it('when it comes from a newer version', () => {
    for (const version of [2, 255]) {
      refusedWithoutKdf(patchHeader(small, 8, Uint8Array.of(version)), UnsupportedVersionError);
    }
    refusedWithoutKdf(patchHeader(small, 8, Uint8Array.of(0)), DamagedBackupError);
  });

  it('when it asks for absurd key-derivation settings (even with a correct CRC)', () => {
    const MiB = 1024 * 1024;
    const cases: Array<[number, number]> = [
      [0, 64 * MiB],
      [1, 64 * MiB],
      [21, 64 * MiB],
      [0xffffffff, 64 * MiB],
      [3, 0],
      [3, 18 * MiB],
      [3, 1025 * MiB],
      [3, 0xfffffc00], // ~4 GiB
      [3, 64 * MiB + 1], // not a whole KiB
    ];
    for (const [opslimit, memlimit] of cases) {
      const fields = new Uint8Array(8);
      fields.set(u32be(opslimit), 0);
      fields.set(u32be(memlimit), 4);
      refusedWithoutKdf(patchHeader(small, 10, fields), UnsafeSettingsError);
    }
    // An unknown KDF.
    refusedWithoutKdf(patchHeader(small, 9, Uint8Array.of(2)), UnsafeSettingsError);
  });

  it('when it is larger than any backup, before looking inside', () => {
    const huge = new Uint8Array(MAX_BACKUP_BYTES + 1);
    huge.set(small);
    refusedWithoutKdf(huge, BackupTooLargeError);
  });

  it('never hangs or throws anything but a BackupError on random bytes (fuzz; with the next test, 10⁴ files)', () => {
    const counted = countingSodium(sodium);
    const prefix = fc.constantFrom(
      new Uint8Array(0),
      MAGIC,
      Uint8Array.of(...MAGIC, 1),
      small.subarray(0, HEADER_BYTES),
    );
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 400 }), (head, tail) => {
        const bytes = new Uint8Array(head.length + tail.length);
        bytes.set(head);
        bytes.set(tail, head.length);
        expect(errorOf(() => decryptBackup(bytes, PASS, counted.sodium))).toBeInstanceOf(
          BackupError,
        );
      }),
      { numRuns: 6000 },
    );
  });

  it('never accepts a mangled copy of a real file (fuzz: edits, cuts, additions)', () => {
    const counted = countingSodium(sodium);
    const edit = fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) });
    fc.assert(
      fc.property(
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.uint8Array({ maxLength: 40 }),
        (edits, cut, extra) => {
          const base = small.slice(0, small.length - (cut % 50));
          for (const { at, value } of edits) base[at % base.length] = value;
          const bytes = new Uint8Array(base.length + extra.length);
          bytes.set(base);
          bytes.set(extra, base.length);
          const same = bytes.length === small.length && bytes.every((b, i) => b === small[i]);
          if (same) return; // the edits happened to write the same bytes back
          expect(errorOf(() => decryptBackup(bytes, PASS, counted.sodium))).toBeInstanceOf(
            BackupError,
          );
        },
      ),
      { numRuns: 4000 },
    );
  });
});
