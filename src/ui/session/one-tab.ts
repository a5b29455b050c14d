/**
 * One tab at a time holds the vault open. Two tabs editing the same plan would each
 * save their own copy and the later save would silently undo the earlier one, so when
 * a second tab unlocks, the first one saves what is pending and locks, and only then
 * does the second tab read the plans. Web Locks does the waiting (the lock is released
 * only after the first tab has saved); a BroadcastChannel message asks for it.
 */
const LOCK_NAME = 'pathway-open-vault';
const CHANNEL = 'pathway-vault';

type Release = () => void;

let release: Release | null = null;
let channel: BroadcastChannel | null = null;

/**
 * Wait until no other tab holds the vault open (asking it to close), then hold it.
 * `onAskedToYield` runs in this tab when a later tab asks; it must save and lock.
 */
export async function holdVaultInThisTab(onAskedToYield: () => Promise<void>): Promise<void> {
  if (release) return;
  if (!('locks' in navigator) || typeof BroadcastChannel === 'undefined') return;
  channel ??= new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (event.data === 'yield' && release) void onAskedToYield();
  };
  if (await requestHold({ ifAvailable: true })) return;
  channel.postMessage('yield');
  await requestHold({});
}

/**
 * Ask for the Web Lock. Resolves true once held (it stays held until `letGoOfVault`),
 * or false if `ifAvailable` was set and another tab has it.
 */
function requestHold(options: LockOptions): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    void navigator.locks.request(LOCK_NAME, options, (lock) => {
      if (!lock) {
        resolve(false);
        return null;
      }
      resolve(true);
      // The callback's promise keeps the lock until this tab locks its vault.
      return new Promise<void>((released) => {
        release = released;
      });
    });
  });
}

/** This tab locked the vault: let a waiting tab have it. */
export function letGoOfVault(): void {
  release?.();
  release = null;
}
