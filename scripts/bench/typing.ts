/**
 * Keystroke-to-"Saved" on the bench page, as the editor does it (src/ui/Editor/use-draft.ts):
 * each input event makes a new plan object with the changed answer, the plan is written, and
 * "Saved" is shown once the write resolved (after its transaction completed). The bench
 * saves at once; the app waits 600 ms after the last keystroke first, which is left out.
 * The bare path does the same but puts as many random bytes as the vault stores straight
 * into IndexedDB from the page. A 'longtask' observer watches the whole session.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Plan } from '../../src/plans/types.ts';
import type { Vault } from '../../src/vault/index.ts';

interface BareDb extends DBSchema {
  records: { key: [string, string]; value: { store: string; id: string; data: Uint8Array } };
}

/** What typingResult() reports. */
export interface TypingResult {
  vaultMs: number[];
  bareMs: number[];
  /** Long tasks (> 50 ms) seen while typing, in ms. */
  longTasks: number[];
  jsonBytes: number;
  answers: number;
}

interface Session {
  vault: Vault;
  bare: IDBPDatabase<BareDb>;
  plan: Plan;
  answerId: string;
  bareBytes: Uint8Array;
  saved: number;
  waiters: { count: number; resolve: () => void }[];
  result: TypingResult;
  observer: PerformanceObserver;
}

let session: Session | undefined;

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let at = 0; at < length; at += 65536) {
    crypto.getRandomValues(bytes.subarray(at, Math.min(length, at + 65536)));
  }
  return bytes;
}

/** Puts a textarea and a status line on the page; keystroke n goes to the vault if n is even. */
export async function startTyping(vault: Vault, plan: Plan, storedBytes: number): Promise<void> {
  const bare = await openDB<BareDb>('bench-typing', 1, {
    upgrade(database) {
      database.createObjectStore('records', { keyPath: ['store', 'id'] });
    },
  });
  const answerId = Object.keys(plan.answers)[0] ?? 'q1';
  const result: TypingResult = {
    vaultMs: [],
    bareMs: [],
    longTasks: [],
    jsonBytes: new TextEncoder().encode(JSON.stringify(plan)).length,
    answers: Object.keys(plan.answers).length,
  };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) result.longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const textarea = document.createElement('textarea');
  textarea.id = 'typing';
  textarea.setAttribute('aria-label', 'Answer');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  document.body.append(textarea, status);
  const current: Session = {
    vault,
    bare,
    plan,
    answerId,
    bareBytes: randomBytes(storedBytes),
    saved: 0,
    waiters: [],
    result,
    observer,
  };
  session = current;
  let keystroke = 0;
  textarea.addEventListener('input', (event) => {
    const start = event.timeStamp;
    const toVault = keystroke++ % 2 === 0;
    // As use-draft's update(): a new plan object with a new answers map.
    const previous = current.plan;
    current.plan = {
      ...previous,
      answers: {
        ...previous.answers,
        [current.answerId]: { kind: 'longText', value: textarea.value },
      },
      updatedAt: new Date().toISOString(),
    };
    status.textContent = 'Saving…';
    const write = toVault
      ? current.vault.write('plans', current.plan.id, current.plan)
      : (async () => {
          const tx = current.bare.transaction('records', 'readwrite', { durability: 'strict' });
          await Promise.all([
            tx.store.put({ store: 'plans', id: current.plan.id, data: current.bareBytes }),
            tx.done,
          ]);
        })();
    void write.then(() => {
      status.textContent = 'Saved';
      // The frame that shows "Saved".
      requestAnimationFrame(() => {
        (toVault ? result.vaultMs : result.bareMs).push(performance.now() - start);
        current.saved++;
        for (const waiter of current.waiters.filter((w) => current.saved >= w.count)) {
          waiter.resolve();
        }
        current.waiters = current.waiters.filter((w) => current.saved < w.count);
      });
    });
  });
  textarea.focus();
}

/** Resolves once `count` keystrokes have shown "Saved". */
export function waitSaved(count: number): Promise<void> {
  const current = session;
  if (!current) return Promise.reject(new Error('Typing has not started.'));
  if (current.saved >= count) return Promise.resolve();
  return new Promise((resolve) => current.waiters.push({ count, resolve }));
}

/** Stops observing and returns the timings. */
export function typingResult(): TypingResult {
  const current = session;
  if (!current) throw new Error('Typing has not started.');
  current.observer.disconnect();
  current.bare.close();
  session = undefined;
  return current.result;
}
