import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { VaultCore } from './core.ts';
import { KDF_FLOOR } from './crypto/kdf.ts';
import type { Sodium } from './crypto/sodium.ts';
import {
  DamagedVaultError,
  NoVaultError,
  VaultExistsError,
  VaultLockedError,
  WrongSecretError,
} from './errors.ts';
import { openTestCore, testSodium } from './test-harness.ts';

const PASS = 'lantern orchard seven rivers';

async function createdCore() {
  const harness = await openTestCore();
  const created = await harness.core.create(PASS);
  return { ...harness, ...created };
}

/** A copy of libsodium whose crypto_pwhash is spied on (the wrapper functions ignore `this`). */
async function spiedSodium() {
  const real = await testSodium();
  const copy: Sodium = { ...real };
  const spy = vi.spyOn(copy, 'crypto_pwhash');
  return { sodium: copy, spy };
}

describe('VaultCore', () => {
  it('keeps plans across lock and unlock', async () => {
    const { core } = await createdCore();
    await core.write('plans', 'p1', { title: 'Out-call plan', answers: { q1: 'yes' } });
    core.lock();
    expect(core.unlocked).toBe(false);
    await core.unlock({ passphrase: PASS });
    expect(await core.read('plans', 'p1')).toEqual({
      id: 'p1',
      ok: true,
      value: { title: 'Out-call plan', answers: { q1: 'yes' } },
    });
    expect(await core.read('plans', 'missing')).toBeUndefined();
  });

  it('refuses everything while locked', async () => {
    const { core } = await createdCore();
    core.lock();
    await expect(core.list('plans')).rejects.toThrow(VaultLockedError);
    await expect(core.read('plans', 'a')).rejects.toThrow(VaultLockedError);
    await expect(core.write('plans', 'a', 1)).rejects.toThrow(VaultLockedError);
    await expect(core.delete('plans', 'a')).rejects.toThrow(VaultLockedError);
    await expect(core.changePassphrase('new one')).rejects.toThrow(VaultLockedError);
    await expect(core.regenerateRecoveryCode()).rejects.toThrow(VaultLockedError);
  });

  it('gives the same calm error for a wrong passphrase and a wrong recovery code', async () => {
    const { core } = await createdCore();
    core.lock();
    await expect(core.unlock({ passphrase: 'not it' })).rejects.toThrow(WrongSecretError);
    await expect(core.unlock({ recoveryCode: '0000-0000-0000-0000-0000-0000' })).rejects.toThrow(
      WrongSecretError,
    );
    await expect(core.unlock({ recoveryCode: 'too short' })).rejects.toThrow(WrongSecretError);
    await expect(core.unlock({ passphrase: '' })).rejects.toThrow(WrongSecretError);
    expect(core.unlocked).toBe(false);
  });

  it('does not run Argon2 for a recovery code that cannot be one', async () => {
    const { sodium, spy } = await spiedSodium();
    const { core } = await openTestCore({ sodium });
    await core.create(PASS);
    core.lock();
    spy.mockClear();
    await expect(core.unlock({ recoveryCode: 'UUUU' })).rejects.toThrow(WrongSecretError);
    expect(spy).not.toHaveBeenCalled();
  });

  it('opens with the recovery code, also after the passphrase changed', async () => {
    const { core, recoveryCode } = await createdCore();
    await core.write('plans', 'p1', 'kept');
    await core.changePassphrase('a brand new passphrase');
    core.lock();
    await core.unlock({ recoveryCode: recoveryCode.toLowerCase().replace(/-/g, ' ') });
    expect(await core.read('plans', 'p1')).toMatchObject({ ok: true, value: 'kept' });
  });

  it('after a passphrase change: data kept, new passphrase works, old one does not', async () => {
    const { core } = await createdCore();
    await core.write('plans', 'p1', { a: 1 });
    await core.changePassphrase('second passphrase');
    core.lock();
    await expect(core.unlock({ passphrase: PASS })).rejects.toThrow(WrongSecretError);
    await core.unlock({ passphrase: 'second passphrase' });
    expect(await core.list('plans')).toEqual([{ id: 'p1', ok: true, value: { a: 1 } }]);
  });

  it('after regenerating the recovery code: the old code stops working, the new one works', async () => {
    const { core, recoveryCode } = await createdCore();
    const fresh = await core.regenerateRecoveryCode();
    expect(fresh).not.toBe(recoveryCode);
    core.lock();
    await expect(core.unlock({ recoveryCode })).rejects.toThrow(WrongSecretError);
    await core.unlock({ recoveryCode: fresh });
    core.lock();
    await core.unlock({ passphrase: PASS });
    expect(core.unlocked).toBe(true);
  });

  it('rewrites only the slot being changed', async () => {
    const { core, storage } = await createdCore();
    const before = (await storage.readHeader()) as { slots: Array<{ kind: string }> };
    await core.changePassphrase('other');
    const after = (await storage.readHeader()) as { slots: Array<{ kind: string }> };
    const recovery = (h: typeof before) => h.slots.find((slot) => slot.kind === 'recovery');
    const passphrase = (h: typeof before) => h.slots.find((slot) => slot.kind === 'passphrase');
    expect(recovery(after)).toEqual(recovery(before));
    expect(passphrase(after)).not.toEqual(passphrase(before));
  });

  it('refuses to create a second vault over an existing one', async () => {
    const { core } = await createdCore();
    await expect(core.create('another')).rejects.toThrow(VaultExistsError);
  });

  it('says there is no vault when there is none', async () => {
    const { core } = await openTestCore();
    expect(await core.exists()).toBe(false);
    await expect(core.unlock({ passphrase: PASS })).rejects.toThrow(NoVaultError);
  });

  it('a record copied under another id (or into another store) opens as damaged', async () => {
    const { core, storage } = await createdCore();
    await core.write('plans', 'a', 'plan A');
    await core.write('plans', 'b', 'plan B');
    const a = await storage.readRecord('plans', 'a');
    await storage.writeRecord('plans', 'b', a?.data as Uint8Array);
    await storage.writeRecord('settings', 'a', a?.data as Uint8Array);
    expect(await core.read('plans', 'b')).toEqual({ id: 'b', ok: false, error: 'damaged' });
    expect(await core.read('settings', 'a')).toEqual({ id: 'a', ok: false, error: 'damaged' });
    expect(await core.read('plans', 'a')).toMatchObject({ ok: true, value: 'plan A' });
  });

  it('one flipped byte anywhere in a record: that record is damaged, all others open', async () => {
    const { core, storage } = await createdCore();
    const ids = ['first', 'second', 'third'];
    for (const id of ids) await core.write('plans', id, { id, body: `text of ${id}`.repeat(20) });
    const originals = new Map<string, Uint8Array>();
    for (const id of ids) {
      originals.set(id, (await storage.readRecord('plans', id))?.data as Uint8Array);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ids),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (victim, position, mask) => {
          const original = originals.get(victim) ?? new Uint8Array();
          const flipped = original.slice();
          const index = position % flipped.length;
          flipped[index] = (flipped[index] ?? 0) ^ mask;
          await storage.writeRecord('plans', victim, flipped);
          const results = await core.list('plans');
          await storage.writeRecord('plans', victim, original);
          expect(results).toHaveLength(ids.length);
          for (const result of results) {
            expect(result.ok).toBe(result.id !== victim);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('truncated, extended or non-binary records are reported damaged, not dropped', async () => {
    const { core, storage } = await createdCore();
    await core.write('plans', 'ok', 'fine');
    await core.write('plans', 'short', 'x');
    await core.write('plans', 'long', 'y');
    const short = (await storage.readRecord('plans', 'short'))?.data as Uint8Array;
    const long = (await storage.readRecord('plans', 'long'))?.data as Uint8Array;
    await storage.writeRecord('plans', 'short', short.subarray(0, short.length - 1));
    await storage.writeRecord('plans', 'long', Uint8Array.from([...long, 0]));
    await storage.writeRecord('plans', 'text', new TextEncoder().encode('x'));
    const results = await core.list('plans');
    expect(results.map((r) => [r.id, r.ok])).toEqual([
      ['long', false],
      ['ok', true],
      ['short', false],
      ['text', false],
    ]);
  });

  it('stores no plaintext: the stored blob does not contain the value', async () => {
    const { core, storage } = await createdCore();
    await core.write('plans', 'p', { title: 'CANARY-7f3a' });
    const blob = (await storage.readRecord('plans', 'p'))?.data as Uint8Array;
    expect(Buffer.from(blob).toString('latin1')).not.toContain('CANARY');
    expect(JSON.stringify(await storage.readHeader())).not.toContain('CANARY');
  });

  it('refuses ids that could carry meaning or break the layout', async () => {
    const { core } = await createdCore();
    await expect(core.write('plans', '', 1)).rejects.toThrow(RangeError);
    await expect(core.write('plans', 'has space', 1)).rejects.toThrow(RangeError);
    await expect(core.write('plans', 'x'.repeat(129), 1)).rejects.toThrow(RangeError);
    await expect(core.write('plans', 'ok', undefined)).rejects.toThrow(TypeError);
  });

  it('deletes records', async () => {
    const { core } = await createdCore();
    await core.write('plans', 'a', 1);
    await core.delete('plans', 'a');
    expect(await core.list('plans')).toEqual([]);
  });
});

describe('stored KDF parameters', () => {
  const MiB = 1024 * 1024;
  it.each([
    ['memlimit 4 TiB', { memlimitBytes: 4 * 1024 * 1024 * MiB }],
    ['opslimit 0', { opslimit: 0 }],
    ['negative memlimit', { memlimitBytes: -1 }],
    ['NaN opslimit', { opslimit: Number.NaN }],
    ['string memlimit', { memlimitBytes: '67108864' }],
    ['missing opslimit', { opslimit: undefined }],
  ])('with %s are rejected before Argon2 runs', async (_label, change) => {
    const { sodium, spy } = await spiedSodium();
    const { core, storage } = await openTestCore({ sodium });
    await core.create(PASS);
    core.lock();
    await storage.updateHeader((current) => {
      const header = current as { format: 1; slots: Array<{ kdf: object }> };
      return {
        ...header,
        slots: header.slots.map((slot) => ({ ...slot, kdf: { ...slot.kdf, ...change } })),
      } as never;
    });
    spy.mockClear();
    const started = performance.now();
    await expect(core.unlock({ passphrase: PASS })).rejects.toThrow(DamagedVaultError);
    await expect(core.unlock({ recoveryCode: '0000-0000-0000-0000-0000-0000' })).rejects.toThrow(
      DamagedVaultError,
    );
    expect(spy).not.toHaveBeenCalled();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a header with a slot missing or a bad salt length is damaged, not a wrong passphrase', async () => {
    const { core, storage } = await createdCore();
    core.lock();
    await storage.updateHeader((current) => {
      const header = current as { slots: Array<{ kind: string; salt: Uint8Array }> };
      return { ...header, slots: header.slots.filter((s) => s.kind === 'passphrase') } as never;
    });
    await expect(core.unlock({ passphrase: PASS })).rejects.toThrow(DamagedVaultError);
  });
});

describe('creating with calibration (the path the app takes)', () => {
  it('uses at least the 64 MiB / t=3 floor and stores the parameters in both slots', async () => {
    const { storage, sodium } = await openTestCore();
    // A tiny target keeps calibration at the floor so the test stays fast.
    const core = new VaultCore({ sodium, storage, calibration: { targetMs: 1 } });
    const { kdf } = await core.create(PASS);
    expect(kdf).toEqual({ memlimitBytes: KDF_FLOOR.memlimitBytes, opslimit: 3, fallback: false });
    const header = (await storage.readHeader()) as { slots: Array<{ kdf: unknown }> };
    for (const slot of header.slots) expect(slot.kdf).toEqual(KDF_FLOOR);
  });
});
