/**
 * Baselines that must run in a dedicated Worker, like the vault: a bare Argon2id call
 * (libsodium-wrappers-sumo's crypto_pwhash, nothing else), and the pieces a vault write or
 * list is made of (message round trip, JSON + pad + XChaCha20-Poly1305, IndexedDB from a
 * worker), timed separately so a missed target can be explained.
 */
import { type DBSchema, openDB } from 'idb';
import sodium from 'libsodium-wrappers-sumo';
import {
  openRecord,
  PAD_BLOCK,
  sealPaddedRecord,
  sealRecord,
} from '../../src/vault/crypto/aead.ts';
import { pad as padBytes } from '../../src/vault/crypto/pad.ts';
import { normalizePassphrase } from '../../src/vault/crypto/passphrase.ts';
import { decodeValue, encodeValue, encodeValuePadded } from '../../src/vault/record-codec.ts';

/** Requests the page sends; each gets one BareReply. */
export type BareRequest =
  | { op: 'kdf'; passphrase: string; memlimitBytes: number; opslimit: number; calls: number }
  | { op: 'echo'; value: unknown }
  | { op: 'crypto'; value: unknown; runs: number }
  | { op: 'sealSteps'; value: unknown; runs: number }
  | { op: 'put'; bytes: number; runs: number }
  | { op: 'openMany'; value: unknown; count: number }
  | { op: 'getAll' }
  | { op: 'prepareReply'; value: unknown; count: number }
  | { op: 'reply' };

export type BareReply =
  | { ok: true; times: number[]; payload?: unknown }
  | { ok: false; error: string };

interface WorkerScope {
  postMessage(message: BareReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<BareRequest>) => void): void;
}

interface BareDb extends DBSchema {
  records: { key: [string, string]; value: { store: string; id: string; data: Uint8Array } };
}

/** The vault's database as the bench reads it (read only, to time getAll alone). */
interface VaultDb extends DBSchema {
  records: {
    key: [string, string];
    value: { store: string; id: string; data: unknown };
    indexes: { 'by-store': string };
  };
}

const scope = self as unknown as WorkerScope;

/** Decoded plans waiting to be posted back by 'reply'. */
let prepared: unknown[] = [];

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let at = 0; at < length; at += 65536) {
    crypto.getRandomValues(bytes.subarray(at, Math.min(length, at + 65536)));
  }
  return bytes;
}

async function handle(request: BareRequest): Promise<BareReply> {
  if (request.op === 'reply') {
    const payload = prepared;
    prepared = [];
    return { ok: true, times: [], payload };
  }
  return { ok: true, times: await time(request) };
}

async function time(request: Exclude<BareRequest, { op: 'reply' }>): Promise<number[]> {
  switch (request.op) {
    case 'kdf': {
      await sodium.ready;
      // The same bytes the vault derives from (NFKC, trimmed, UTF-8).
      const password = normalizePassphrase(request.passphrase);
      const times: number[] = [];
      for (let call = 0; call < request.calls; call++) {
        const salt = sodium.randombytes_buf(sodium.crypto_pwhash_SALTBYTES);
        const start = performance.now();
        const key = sodium.crypto_pwhash(
          32,
          password,
          salt,
          request.opslimit,
          request.memlimitBytes,
          sodium.crypto_pwhash_ALG_ARGON2ID13,
        );
        times.push(performance.now() - start);
        key.fill(0);
      }
      return times;
    }
    case 'echo':
      return [];
    case 'crypto': {
      await sodium.ready;
      const key = sodium.randombytes_buf(32);
      const seal: number[] = [];
      const open: number[] = [];
      for (let run = 0; run < request.runs; run++) {
        // As VaultCore.write: JSON straight into a padded buffer, then the AEAD.
        let start = performance.now();
        const padded = encodeValuePadded(request.value, PAD_BLOCK);
        const blob = sealPaddedRecord(sodium, key, 'plans', 'bench-record', padded);
        padded.fill(0);
        seal.push(performance.now() - start);
        start = performance.now();
        decodeValue(openRecord(sodium, key, 'plans', 'bench-record', blob));
        open.push(performance.now() - start);
      }
      // Seal times first, then open times.
      return [...seal, ...open];
    }
    case 'sealSteps': {
      // The steps inside a seal, one by one (same calls as encodeValue and sealRecord).
      await sodium.ready;
      const key = sodium.randombytes_buf(32);
      const ad = new Uint8Array(40);
      const encode: number[] = [];
      const pad: number[] = [];
      const aead: number[] = [];
      for (let run = 0; run < request.runs; run++) {
        let start = performance.now();
        const plaintext = encodeValue(request.value);
        encode.push(performance.now() - start);
        start = performance.now();
        // The vault pads in JavaScript now (src/vault/crypto/pad.ts); timed on its own here.
        const padded = padBytes(plaintext, PAD_BLOCK);
        pad.push(performance.now() - start);
        start = performance.now();
        sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
          padded,
          ad,
          null,
          sodium.randombytes_buf(24),
          key,
        );
        aead.push(performance.now() - start);
      }
      return [...encode, ...pad, ...aead];
    }
    case 'put': {
      const db = await openDB<BareDb>('bench-bare-worker', 1, {
        upgrade(database) {
          database.createObjectStore('records', { keyPath: ['store', 'id'] });
        },
      });
      const times: number[] = [];
      try {
        for (let run = 0; run < request.runs; run++) {
          const data = randomBytes(request.bytes);
          const start = performance.now();
          const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
          await Promise.all([tx.store.put({ store: 'plans', id: 'bench-record', data }), tx.done]);
          times.push(performance.now() - start);
        }
      } finally {
        db.close();
      }
      return times;
    }
    case 'openMany': {
      // `count` records under distinct ids, opened in one loop: the decrypt part of list().
      await sodium.ready;
      const key = sodium.randombytes_buf(32);
      const plaintext = encodeValue(request.value);
      const blobs = Array.from({ length: request.count }, (_, i) =>
        sealRecord(sodium, key, 'plans', `bench-${i}`, plaintext),
      );
      const start = performance.now();
      blobs.forEach((blob, i) => {
        decodeValue(openRecord(sodium, key, 'plans', `bench-${i}`, blob));
      });
      return [performance.now() - start];
    }
    case 'getAll': {
      // The IndexedDB part of list('plans'), on the vault's own database (read only).
      const db = await openDB<VaultDb>('app-data');
      try {
        const start = performance.now();
        await db.getAllFromIndex('records', 'by-store', 'plans');
        return [performance.now() - start];
      } finally {
        db.close();
      }
    }
    case 'prepareReply': {
      // What list() posts back: one { id, ok, value } per plan, each a separate object graph.
      const json = JSON.stringify(request.value);
      prepared = Array.from({ length: request.count }, (_, i) => ({
        id: `bench-${i}`,
        ok: true,
        value: JSON.parse(json),
      }));
      return [];
    }
  }
}

scope.addEventListener('message', (event) => {
  handle(event.data).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ ok: false, error: String(error) }),
  );
});
