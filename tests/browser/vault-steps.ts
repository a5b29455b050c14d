import { expect, type Page } from '@playwright/test';

/** A passphrase used by browser tests (never a real one). */
export const PASSPHRASE = 'river lamp orange quiet meadow';

/** First run through the UI: choose a passphrase, read the recovery code, go home. */
export async function createVaultThroughUi(
  page: Page,
  passphrase = PASSPHRASE,
  url = '/',
): Promise<string> {
  await page.goto(url);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Repeat passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Create vault' }).click();
  const code = page.locator('.recovery-code');
  await expect(code).toBeVisible({ timeout: 30_000 });
  const recoveryCode = (await code.textContent()) ?? '';
  await page.getByRole('button', { name: 'I have kept it safe' }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  return recoveryCode;
}

/** Unlock from the lock screen with the passphrase. */
export async function unlockThroughUi(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({
    timeout: 30_000,
  });
}

/**
 * Everything the origin stores, read from inside the page: every IndexedDB database and
 * store, localStorage, sessionStorage and Cache Storage. Binary values come back as
 * base64 so the scan can look at their raw bytes.
 */
export async function dumpStorage(page: Page): Promise<{ texts: string[]; binaries: string[] }> {
  return page.evaluate(async () => {
    const texts: string[] = [];
    const binaries: string[] = [];
    const toBase64 = (bytes: Uint8Array) => {
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    };
    const walk = (value: unknown): void => {
      if (value instanceof ArrayBuffer) binaries.push(toBase64(new Uint8Array(value)));
      else if (ArrayBuffer.isView(value))
        binaries.push(toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)));
      else if (typeof value === 'string') texts.push(value);
      else if (value instanceof Blob) texts.push('[blob]');
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          texts.push(k);
          walk(v);
        }
      } else texts.push(String(value));
    };
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      texts.push(info.name);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name as string);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const storeName of db.objectStoreNames) {
        texts.push(storeName);
        const tx = db.transaction(storeName, 'readonly');
        const store = tx.objectStore(storeName);
        const [keys, values] = await Promise.all(
          [store.getAllKeys(), store.getAll()].map(
            (request) =>
              new Promise<unknown[]>((resolve, reject) => {
                request.onsuccess = () => resolve(request.result);
                request.onerror = () => reject(request.error);
              }),
          ),
        );
        walk(keys);
        walk(values);
      }
      db.close();
    }
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i) ?? '';
        texts.push(key, storage.getItem(key) ?? '');
      }
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        texts.push(request.url);
        const response = await cache.match(request);
        if (response) binaries.push(toBase64(new Uint8Array(await response.arrayBuffer())));
      }
    }
    return { texts, binaries };
  });
}

/** The forms a canary could take at rest: UTF-8, UTF-16 (LE and BE) and base64 of each. */
function canaryForms(canary: string): Buffer[] {
  const utf8 = Buffer.from(canary, 'utf8');
  const utf16le = Buffer.from(canary, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  // A canary inside a larger value is base64-encoded at one of three byte alignments;
  // the middle of each encoding (minus 4 characters at each end) is stable.
  const base64s = [utf8, utf16le].flatMap((bytes) =>
    [0, 1, 2].flatMap((shift) => {
      const shifted = Buffer.concat([Buffer.alloc(shift), bytes]);
      return [shifted.toString('base64'), shifted.toString('base64url')].map((b64) =>
        Buffer.from(b64.slice(4, -4)),
      );
    }),
  );
  return [utf8, utf16le, utf16be, ...base64s];
}

/** Which canaries appear anywhere in the dumped storage, in any of their forms. */
export function findCanaries(
  dump: { texts: string[]; binaries: string[] },
  canaries: readonly string[],
): string[] {
  const haystacks = [
    ...dump.texts.map((text) => Buffer.from(text, 'utf8')),
    ...dump.texts.map((text) => Buffer.from(text, 'utf16le')),
    ...dump.binaries.map((b64) => Buffer.from(b64, 'base64')),
  ];
  return canaries.filter((canary) =>
    canaryForms(canary).some((form) => haystacks.some((hay) => hay.includes(form))),
  );
}
