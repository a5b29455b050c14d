/**
 * Baselines that must run in a dedicated Worker, like the vault: a bare Argon2id call
 * (libsodium-wrappers-sumo's crypto_pwhash, nothing else), and the pieces a vault write is
 * made of (message round trip, JSON + pad + XChaCha20-Poly1305, an IndexedDB put from a
 * worker), timed separately so a missed target can be explained.
 */
import { type DBSchema, openDB } from 'idb';
import sodium from 'libsodium-wrappers-sumo';
import { openRecord, sealRecord } from '../../src/vault/crypto/aead.ts';
import { normalizePassphrase } from '../../src/vault/crypto/passphrase.ts';
import { decodeValue, encodeValue } from '../../src/vault/record-codec.ts';

/** Requests the page sends; each gets one BareReply. */
export type BareRequest =
  | { op: 'kdf'; passphrase: string; memlimitBytes: number; opslimit: number; calls: number }
  | { op: 'echo'; value: unknown }
  | { op: 'crypto'; value: unknown; runs: number }
  | { op: 'put'; bytes: number; runs: number };

export type BareReply = { ok: true; times: number[] } | { ok: false; error: string };

interface WorkerScope {
  postMessage(message: BareReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<BareRequest>) => void): void;
}

interface BareDb extends DBSchema {
  records: { key: [string, string]; value: { store: string; id: string; data: Uint8Array } };
}

const scope = self as unknown as WorkerScope;

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let at = 0; at < length; at += 65536) {
    crypto.getRandomValues(bytes.subarray(at, Math.min(length, at + 65536)));
  }
  return bytes;
}

async function handle(request: BareRequest): Promise<number[]> {
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
        let start = performance.now();
        const plaintext = encodeValue(request.value);
        const blob = sealRecord(sodium, key, 'plans', 'bench-record', plaintext);
        plaintext.fill(0);
        seal.push(performance.now() - start);
        start = performance.now();
        const opened = openRecord(sodium, key, 'plans', 'bench-record', blob);
        decodeValue(opened);
        open.push(performance.now() - start);
      }
      // Seal times first, then open times.
      return [...seal, ...open];
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
  }
}

scope.addEventListener('message', (event) => {
  handle(event.data).then(
    (times) => scope.postMessage({ ok: true, times }),
    (error: unknown) => scope.postMessage({ ok: false, error: String(error) }),
  );
});
