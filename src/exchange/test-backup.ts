/**
 * Shared set-up for the exchange tests (never imported by app code). Files are made with the
 * OWASP fallback parameters (19 MiB, t=2, as the vault tests do): inside the bounds every
 * reader enforces, so the real validation path runs, yet fast in Node's wasm.
 */
import type { Plan } from '../plans/types.ts';
import type { Sodium } from '../vault/crypto/sodium.ts';
import { TEST_KDF } from '../vault/test-harness.ts';
import { encryptBackup } from './backup.ts';
import { crc32 } from './crc32.ts';
import { HEADER_BYTES } from './format.ts';
import { createBackupPayload } from './payload.ts';

export { TEST_KDF, testSodium } from '../vault/test-harness.ts';

/** The passphrase test files are made with. */
export const PASS = 'lantern over the quiet river';

/** A valid plan whose answers hold `text`. */
export function samplePlan(n: number, text = `Call Ana at 555-010${n % 10}`): Plan {
  return {
    formatVersion: 1,
    id: `plan-${n}`,
    templateId: 'test-plan',
    templateVersion: 1,
    title: `Plan ${n}`,
    language: 'en',
    createdAt: '2026-11-29T10:00:00.000Z',
    updatedAt: '2026-11-29T10:00:00.000Z',
    answers: {
      hotel: { kind: 'shortText', value: text },
      'has-pets': { kind: 'yesNo', value: 'no' },
      people: { kind: 'group', value: [{ 'person-name': { kind: 'shortText', value: 'Bo' } }] },
    },
    earlierAnswers: [],
  };
}

/** A backup of `plans` made with the test parameters. */
export function makeBackup(sodium: Sodium, plans: Plan[], passphrase = PASS): Uint8Array {
  const payload = createBackupPayload(plans, [], new Date('2026-12-01T08:30:00.000Z'));
  return encryptBackup(payload, passphrase, sodium, TEST_KDF);
}

/**
 * libsodium with crypto_pwhash memoised and counted. A byte flipped after the header gives
 * the same Argon2 inputs every time, so thousands of damaged copies cost one real KDF run;
 * inputs never seen before still run the real Argon2id.
 */
export function countingSodium(real: Sodium): { sodium: Sodium; calls: () => number } {
  const cache = new Map<string, Uint8Array>();
  let calls = 0;
  const sodium: Sodium = {
    ...real,
    crypto_pwhash: ((length, password, salt, opslimit, memlimit, algorithm) => {
      calls += 1;
      const key = [
        length,
        real.to_hex(password),
        real.to_hex(salt),
        opslimit,
        memlimit,
        algorithm,
      ].join(':');
      let derived = cache.get(key);
      if (!derived) {
        derived = real.crypto_pwhash(length, password, salt, opslimit, memlimit, algorithm);
        cache.set(key, derived);
      }
      // deriveKey's caller wipes the key it gets: hand out a copy.
      return derived.slice();
    }) as Sodium['crypto_pwhash'],
  };
  return { sodium, calls: () => calls };
}

/** A copy of `bytes` with `patch` written at `offset` and the header CRC made right again. */
export function patchHeader(bytes: Uint8Array, offset: number, patch: Uint8Array): Uint8Array {
  const out = bytes.slice();
  out.set(patch, offset);
  const crcAt = HEADER_BYTES - 4;
  new DataView(out.buffer).setUint32(crcAt, crc32(out.subarray(0, crcAt)), false);
  return out;
}
