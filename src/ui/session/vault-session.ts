import { signal } from '@preact/signals';
import {
  createVault,
  NewerVersionError,
  type PersistenceStatus,
  requestPersistence,
  startGuestVault,
  unlockVault,
  type Vault,
  vaultExists,
} from '../../vault';
import { holdVaultInThisTab, letGoOfVault } from './one-tab';
import { flushPendingSaves } from './pending-saves';
import { screen } from './screen';

/** What the app knows about the vault on this device. */
export type VaultStatus = 'checking' | 'none' | 'locked' | 'unlocked';

/** The vault's status; screens follow it. */
export const vaultStatus = signal<VaultStatus>('checking');

/** Whether the browser promised to keep our data (shown in settings), once asked. */
export const storageStatus = signal<PersistenceStatus | null>(null);

/** True during a guest session: the vault lives in worker memory and nothing is stored. */
export const guestSession = signal(false);

/**
 * Why the vault last locked, when the person should be told: another tab took it, a newer
 * app version in another tab upgraded the database, or this device's data is already
 * from a newer version (this copy of the app must not open it).
 */
export const lockedBecause = signal<'otherTab' | 'newerTab' | 'newerVersion' | null>(null);

/** Whatever plan data is in memory is dropped by these when the vault locks. */
const onLockHandlers = new Set<() => void>();

let current: Vault | null = null;
let stopListening: (() => void) | undefined;

/** The open vault. Throws when locked, so no screen can read plans after a lock. */
export function openVault(): Vault {
  if (!current || current.locked) throw new Error('The vault is locked.');
  return current;
}

/** Register a function that forgets decrypted data on lock; returns an unregister. */
export function onVaultLocked(handler: () => void): () => void {
  onLockHandlers.add(handler);
  return () => onLockHandlers.delete(handler);
}

/** Find out whether this device already has a vault. */
export async function checkVault(): Promise<void> {
  try {
    vaultStatus.value = (await vaultExists()) ? 'locked' : 'none';
  } catch (error) {
    if (!(error instanceof NewerVersionError)) throw error;
    // Only a vault can have a newer schema: show the lock screen, which says why it will
    // not open, rather than set-up (which must never be offered over existing data).
    lockedBecause.value = 'newerVersion';
    vaultStatus.value = 'locked';
  }
}

function hold(vault: Vault): void {
  current = vault;
  // The vault can also lock itself: worker crash, or a newer tab upgrading the schema.
  stopListening = vault.onLocked(() => {
    if (vault.lockReason === 'newerVersion') lockedBecause.value = 'newerTab';
    forgetEverything();
    letGoOfVault();
  });
}

function enter(): void {
  vaultStatus.value = 'unlocked';
  screen.value = { name: 'home' };
  // Ask the browser not to evict plans under storage pressure (no prompt in Chromium).
  if (!guestSession.value) {
    void requestPersistence().then((status) => (storageStatus.value = status));
  }
}

/**
 * Start a guest session on a shared device: a vault in the crypto worker's memory only,
 * under a random key nobody types. Nothing is written to storage; ending it (lock, quick
 * exit, closing the tab) forgets everything. Hand-over is by backup file or print.
 */
export async function startGuestSession(): Promise<void> {
  const secret = crypto.getRandomValues(new Uint8Array(24));
  const { vault } = await startGuestVault(btoa(String.fromCharCode(...secret)));
  guestSession.value = true;
  hold(vault);
  enter();
}

/**
 * Create the vault and return the recovery code. The set-up screen stays until the
 * person has seen the code and calls `finishSetUp()`.
 */
export async function setUpVault(
  passphrase: string,
): Promise<{ recoveryCode: string; lighterKdf: boolean }> {
  const { vault, recoveryCode, kdf } = await createVault(passphrase);
  hold(vault);
  return { recoveryCode, lighterKdf: kdf.fallback };
}

/** The recovery code has been shown: go to the person's plans. */
export async function finishSetUp(): Promise<void> {
  if (!current || current.locked) return;
  await holdVaultInThisTab(yieldToOtherTab);
  enter();
}

/** Unlock with the passphrase or the recovery code (throws WrongSecretError). */
export async function unlock(secret: { passphrase: string } | { recoveryCode: string }) {
  hold(await unlockVault(secret));
  // Another tab with the vault open saves and locks first, so no save is lost.
  await holdVaultInThisTab(yieldToOtherTab);
  lockedBecause.value = null;
  if (current && !current.locked) enter();
}

async function yieldToOtherTab(): Promise<void> {
  await lockVault();
  lockedBecause.value = 'otherTab';
}

function forgetEverything(): void {
  stopListening?.();
  stopListening = undefined;
  current = null;
  for (const handler of onLockHandlers) handler();
  if (vaultStatus.value === 'unlocked') vaultStatus.value = 'locked';
  if (screen.value.name !== 'neutral') screen.value = { name: 'lock' };
  if (guestSession.value) {
    // The guest vault is gone with its worker; show whatever this device had before.
    guestSession.value = false;
    void checkVault();
  }
}

/**
 * Lock now: write what is pending (bounded wait), then terminate the crypto worker and
 * drop every decrypted plan from memory.
 */
export async function lockVault(flushLimitMs = 2000): Promise<void> {
  if (current) await flushPendingSaves(flushLimitMs);
  current?.lock();
  forgetEverything();
  letGoOfVault();
}
