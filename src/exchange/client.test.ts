import { describe, expect, it } from 'vitest';
import { CryptoUnavailableError } from '../vault/errors.ts';
import { createExchangeClient, type WorkerLike } from './client.ts';
import { NotABackupError, UnexpectedContentError, WrongPassphraseError } from './errors.ts';
import { readBackupHeader } from './format.ts';
import { createExchangeHost, type ExchangeHostOptions } from './host.ts';
import { createBackupPayload } from './payload.ts';
import type { ExchangeRequest, ExchangeResponse } from './protocol.ts';
import { PASS, samplePlan, TEST_KDF, testSodium } from './test-backup.ts';

/**
 * The client over in-process "workers" running the real host. Messages are structured-cloned
 * both ways, as postMessage would, and every worker's life is recorded.
 */
function testClient(options: Partial<ExchangeHostOptions> = {}) {
  const workers: Array<{ terminated: boolean }> = [];
  const client = createExchangeClient(() => {
    const host = createExchangeHost({ loadSodium: testSodium, kdfParams: TEST_KDF, ...options });
    const life = { terminated: false };
    workers.push(life);
    const onMessage: Array<(event: MessageEvent<ExchangeResponse>) => void> = [];
    const worker: WorkerLike = {
      postMessage(request: ExchangeRequest) {
        void host.handle(structuredClone(request)).then((response) => {
          if (life.terminated) return;
          const event = new MessageEvent('message', { data: structuredClone(response) });
          for (const listener of onMessage) listener(event);
        });
      },
      addEventListener(
        type: 'message' | 'error' | 'messageerror',
        listener: ((event: MessageEvent<ExchangeResponse>) => void) | ((event: Event) => void),
      ) {
        if (type === 'message') onMessage.push(listener);
      },
      terminate() {
        life.terminated = true;
      },
    };
    return worker;
  });
  return { client, workers };
}

const payload = createBackupPayload([samplePlan(1)], [], new Date('2026-12-01T08:30:00.000Z'));

describe('the exchange client', () => {
  it('exports and imports through short-lived workers, each terminated after its job', async () => {
    const { client, workers } = testClient();
    const exported = await client.exportBackup(payload, PASS);
    expect(Object.keys(exported).sort()).toEqual(['bytes', 'kdf']);
    const { memlimitBytes, opslimit } = TEST_KDF;
    expect(exported.kdf).toEqual({ memlimitBytes, opslimit, fallback: false });
    expect(readBackupHeader(exported.bytes).kdf).toEqual(TEST_KDF);
    const imported = await client.importBackup(exported.bytes, PASS);
    expect(imported.plans).toEqual([{ ok: true, plan: samplePlan(1) }]);
    expect(workers).toEqual([{ terminated: true }, { terminated: true }]);
  });

  it('brings typed errors back from the worker', async () => {
    const { client } = testClient();
    const { bytes } = await client.exportBackup(payload, PASS);
    await expect(client.importBackup(bytes, 'not it')).rejects.toBeInstanceOf(WrongPassphraseError);
    const bad = { ...payload, plans: [{ ...samplePlan(1), id: 'no spaces allowed' }] };
    await expect(client.exportBackup(bad, PASS)).rejects.toBeInstanceOf(UnexpectedContentError);
    const broken = testClient({ loadSodium: () => Promise.reject(new CryptoUnavailableError()) });
    await expect(broken.client.exportBackup(payload, PASS)).rejects.toBeInstanceOf(
      CryptoUnavailableError,
    );
  });

  it('refuses a file that is not a backup without starting a worker', async () => {
    const { client, workers } = testClient();
    await expect(client.importBackup(new Uint8Array(50), PASS)).rejects.toBeInstanceOf(
      NotABackupError,
    );
    expect(workers).toHaveLength(0);
  });

  it('stops the worker at once when the job is aborted (leaving the screen, quick exit)', async () => {
    const { client, workers } = testClient();
    const controller = new AbortController();
    const job = client.exportBackup(payload, PASS, { signal: controller.signal });
    controller.abort();
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers).toEqual([{ terminated: true }]);
    await expect(
      client.exportBackup(payload, PASS, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers).toHaveLength(1);
  });
});

describe('the exchange worker host', () => {
  it('answers a malformed request with an error, not a crash', async () => {
    const host = createExchangeHost({ loadSodium: testSodium, kdfParams: TEST_KDF });
    for (const message of [
      null,
      { op: 'encrypt' },
      { op: 'steal', key: 1 },
      { op: 'decrypt', bytes: 'x', passphrase: PASS },
    ]) {
      await expect(host.handle(message)).resolves.toMatchObject({
        ok: false,
        error: { name: 'TypeError' },
      });
    }
  });
});
