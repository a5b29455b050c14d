import { describe, expect, it } from 'vitest';
import { CryptoUnavailableError, DamagedVaultError } from '../errors.ts';
import { testSodium } from '../test-harness.ts';
import {
  assertKdfParams,
  calibrate,
  deriveKey,
  KDF_FALLBACK,
  KDF_FLOOR,
  type KdfParams,
  type KdfPrimitives,
} from './kdf.ts';

const MiB = 1024 * 1024;

/**
 * Argon2id known answers from libsodium's own test suite: test/default/pwhash_argon2id.c
 * (function tv(), cases 0 and 4) with outputs from test/default/pwhash_argon2id.exp,
 * jedisct1/libsodium. The C test reads only the first `passwdLen` bytes of the password
 * and the first 16 bytes (crypto_pwhash_SALTBYTES) of the salt hex.
 */
const ARGON2ID_VECTORS = [
  {
    password:
      'a347ae92bce9f80f6f595a4480fc9c2fe7e7d7148d371e9487d75f5c23008ffae065577a928febd9b1973a5a95073acdbeb6a030cfc0d79caa2dc5cd011cef02c08da232d76d52dfbca38ca8dcbd665b17d1665f7cf5fe59772ec909733b24de97d6f58d220b20c60d7c07ec1fd93c52c31020300c6c1facd77937a597c7a6',
    passwordLength: 127,
    salt: '5541fbc995d5c197ba290346d2c559dedf405cf97e5f95482143202f9e74f5c2',
    outLength: 155,
    opslimit: 5,
    memlimit: 7256678,
    expected:
      '18acec5d6507739f203d1f5d9f1d862f7c2cdac4f19d2bdff64487e60d969e3ced615337b9eec6ac4461c6ca07f0939741e57c24d0005c7ea171a0ee1e7348249d135b38f222e4dad7b9a033ed83f5ca27277393e316582033c74affe2566a2bea47f91f0fd9fe49ece7e1f79f3ad6e9b23e0277c8ecc4b313225748dd2a80f5679534a0700e246a79a49b3f74eb89ec6205fe1eeb941c73b1fcf1',
  },
  {
    password:
      '4a857e2ee8aa9b6056f2424e84d24a72473378906ee04a46cb05311502d5250b82ad86b83c8f20a23dbb74f6da60b0b6ecffd67134d45946ac8ebfb3064294bc097d43ced68642bfb8bbbdd0f50b30118f5e',
    passwordLength: 82,
    salt: '39d82eef32010b8b79cc5ba88ed539fbaba741100f2edbeca7cc171ffeabf258',
    outLength: 190,
    opslimit: 3,
    memlimit: 1432947,
    expected:
      '08d8cd330c57e1b4643241d05bb468ba4ee4e932cd0858816be9ef15360b27bbd06a87130ee92222be267a29b81f5ae8fe8613324cfc4832dc49387fd0602f1c57b4d0f3855db94fb7e12eb05f9a484aed4a4307abf586cd3d55c809bc081541e00b682772fb2066504ff935b8ebc551a2083882f874bc0fae68e56848ae34c91097c3bf0cca8e75c0797eef3efde3f75e005815018db3cf7c109a812264c4de69dcb22322dbbcfa447f5b00ecd1b04a7be1569c8e556adb7bba48adf81d',
  },
];

/** A fake device: Argon2 time scales with memory × passes; allocations above a limit fail. */
function fakeDevice(msAtFloor: number, maxAllocBytes = Number.POSITIVE_INFINITY, memExponent = 1) {
  let clock = 0;
  const calls: Array<{ memlimit: number; opslimit: number }> = [];
  const primitives: KdfPrimitives = {
    crypto_pwhash_ALG_ARGON2ID13: 2,
    randombytes_buf: (length) => new Uint8Array(length).fill(7),
    crypto_pwhash(length, _password, _salt, opslimit, memlimit) {
      calls.push({ memlimit, opslimit });
      if (memlimit > maxAllocBytes) throw new Error('Cannot enlarge memory arrays');
      clock += msAtFloor * (memlimit / (64 * MiB)) ** memExponent * (opslimit / 3);
      return new Uint8Array(length).fill(1);
    },
  };
  return { primitives, now: () => clock, calls };
}

describe('Argon2id key derivation', () => {
  it('matches libsodium’s published Argon2id test vectors', async () => {
    const sodium = await testSodium();
    for (const vector of ARGON2ID_VECTORS) {
      const output = sodium.crypto_pwhash(
        vector.outLength,
        sodium.from_hex(vector.password).slice(0, vector.passwordLength),
        sodium.from_hex(vector.salt).slice(0, 16),
        vector.opslimit,
        vector.memlimit,
        sodium.crypto_pwhash_ALG_ARGON2ID13,
      );
      expect(sodium.to_hex(output)).toBe(vector.expected);
    }
  });

  it('derives the same 32-byte key for the same input and a different one for another salt', async () => {
    const sodium = await testSodium();
    const secret = new TextEncoder().encode('a passphrase');
    const salt = new Uint8Array(16).fill(1);
    const first = deriveKey(sodium, secret, salt, KDF_FALLBACK);
    expect(first).toHaveLength(32);
    expect(deriveKey(sodium, secret, salt, KDF_FALLBACK)).toEqual(first);
    expect(deriveKey(sodium, secret, new Uint8Array(16).fill(2), KDF_FALLBACK)).not.toEqual(first);
  });

  it.each([
    ['4 TiB of memory', { memlimitBytes: 4 * 1024 * 1024 * MiB }],
    ['1 byte over the 1 GiB cap', { memlimitBytes: 1024 * MiB + 1024 }],
    ['less than 19 MiB', { memlimitBytes: 8 * MiB }],
    ['opslimit 0', { opslimit: 0 }],
    ['opslimit 21', { opslimit: 21 }],
    ['negative memory', { memlimitBytes: -64 * MiB }],
    ['negative opslimit', { opslimit: -3 }],
    ['NaN memory', { memlimitBytes: Number.NaN }],
    ['NaN opslimit', { opslimit: Number.NaN }],
    ['Infinity', { memlimitBytes: Number.POSITIVE_INFINITY }],
    ['a fractional opslimit', { opslimit: 2.5 }],
    ['memory not a whole number of KiB', { memlimitBytes: 64 * MiB + 1 }],
    ['a string memlimit', { memlimitBytes: '67108864' }],
    ['a string opslimit', { opslimit: '3' }],
    ['another algorithm', { alg: 'argon2i13' }],
    ['an extra field', { lanes: 4 }],
  ])('rejects %s before Argon2 runs', (_label, change) => {
    const device = fakeDevice(100);
    const params = { ...KDF_FLOOR, ...change } as unknown as KdfParams;
    expect(() => assertKdfParams(params)).toThrow(DamagedVaultError);
    expect(() =>
      deriveKey(device.primitives, new Uint8Array(8), new Uint8Array(16), params),
    ).toThrow(DamagedVaultError);
    expect(device.calls).toHaveLength(0);
  });

  it('accepts the edges of the allowed range', () => {
    expect(assertKdfParams(KDF_FALLBACK)).toEqual(KDF_FALLBACK);
    const top = { alg: 'argon2id13', memlimitBytes: 1024 * MiB, opslimit: 20 };
    expect(assertKdfParams(top)).toEqual(top);
  });

  it('refuses an all-zero derived key (a broken or stubbed primitive)', () => {
    const zeros: KdfPrimitives = {
      ...fakeDevice(1).primitives,
      crypto_pwhash: (length) => new Uint8Array(length),
    };
    expect(() => deriveKey(zeros, new Uint8Array(8), new Uint8Array(16), KDF_FLOOR)).toThrow(
      CryptoUnavailableError,
    );
  });
});

describe('calibration', () => {
  it('stays at the 64 MiB / t=3 floor on a slow phone', () => {
    const device = fakeDevice(600);
    const result = calibrate(device.primitives, { now: device.now });
    expect(result).toEqual({ params: KDF_FLOOR, fallback: false, measuredMs: 600 });
  });

  it('raises memory, then passes, toward half a second on a fast device', () => {
    const device = fakeDevice(100);
    const result = calibrate(device.primitives, { now: device.now });
    expect(result.fallback).toBe(false);
    expect(result.params.memlimitBytes).toBe(128 * MiB);
    expect(result.params.opslimit).toBeGreaterThan(3);
    expect(result.measuredMs).toBeGreaterThanOrEqual(375);
    expect(result.measuredMs).toBeLessThanOrEqual(750);
  });

  it('keeps what worked when a larger allocation fails', () => {
    const device = fakeDevice(100, 100 * MiB);
    const result = calibrate(device.primitives, { now: device.now });
    expect(result.params.memlimitBytes).toBe(64 * MiB);
    expect(result.fallback).toBe(false);
  });

  it('falls back to OWASP’s 19 MiB / t=2 if 64 MiB cannot be allocated, and says so', () => {
    const device = fakeDevice(100, 32 * MiB);
    const result = calibrate(device.primitives, { now: device.now });
    expect(result.params).toEqual(KDF_FALLBACK);
    expect(result.fallback).toBe(true);
  });

  it('gives up clearly when not even 19 MiB can be allocated', () => {
    const device = fakeDevice(100, 8 * MiB);
    expect(() => calibrate(device.primitives, { now: device.now })).toThrow(CryptoUnavailableError);
  });

  it('never overshoots the target by more than half', () => {
    // Super-linear cost (cache effects): doubling memory costs 4×, so 128 MiB would take 1.2 s.
    const device = fakeDevice(300, Number.POSITIVE_INFINITY, 2);
    const result = calibrate(device.primitives, { now: device.now });
    expect(device.calls.some((call) => call.memlimit === 128 * MiB)).toBe(true);
    expect(result.params).toEqual(KDF_FLOOR);
    expect(result.measuredMs).toBe(300);
  });
});
