/**
 * The benchmark page (never part of the app's bundle). It drives the real vault API from
 * src/vault/index.ts, which runs its own worker exactly as the app does, and measures
 * bare baselines in the same page and session. scripts/bench/run.mjs calls the functions
 * on `window.pathwayBench` through Playwright and turns the raw timings into a table.
 */
import { type DBSchema, openDB } from 'idb';
import { listPlans } from '../../src/plans/repository.ts';
import {
  createVault,
  newRecordId,
  unlockVault,
  type Vault,
  vaultExists,
} from '../../src/vault/index.ts';
import type { BareReply, BareRequest } from './bare-worker.ts';
import { exchangeRuns, selfOpeningFile } from './exchange.ts';
import { answeredPlan, editPlan, jsonBytes, makePlan } from './plans.ts';
import { startTyping, typingResult, waitSaved } from './typing.ts';

/** What setup() reports: the KDF parameters createVault chose and what it stored. */
export interface SetupResult {
  createMs: number;
  returned: { memlimitBytes: number; opslimit: number; fallback: boolean };
  stored: { memlimitBytes: number; opslimit: number };
  userAgent: string;
  hardwareConcurrency: number;
}

/** Timings of one unlockVault() + list('plans'). */
export interface VaultUnlockTiming {
  /** unlockVault() until it resolved. */
  unlockMs: number;
  /** vault.list('plans') until it resolved: read, decrypt and decode every plan. */
  listMs: number;
  totalMs: number;
}

/** One unlock measurement: both vault paths and a bare Argon2id, interleaved. */
export interface UnlockRun {
  /** After lock(): unlockVault() starts a new worker (libsodium, IndexedDB, header, KDF, unwrap). */
  cold: VaultUnlockTiming;
  /**
   * As at app start: vaultExists() already started the worker (libsodium loaded, database
   * open) while the lock screen showed, so unlockVault() reads the header, runs the KDF, unwraps.
   */
  prestarted: VaultUnlockTiming;
  /** crypto_pwhash alone, timed inside a fresh worker (first call: the heap grows, as in the vault). */
  bareKdfMs: number;
  /** A second crypto_pwhash in the same worker (heap already grown). */
  bareKdfWarmMs: number;
  /** new Worker() → libsodium ready → first crypto_pwhash → reply, timed on this thread. */
  bareColdMs: number;
}

/** Save latencies for one plan written again and again (autosave), and bare puts. */
export interface SaveResult {
  vaultMs: number[];
  bareMs: number[];
  jsonBytes: number;
  storedBytes: number;
}

/** The three parts of list('plans') with `count` plans, each measured on its own. */
export interface ListParts {
  count: number;
  /** getAllFromIndex of the vault's records, from a worker. */
  getAllMs: number[];
  /** Decrypt + unpad + JSON.parse of `count` plans of the listed size, in one loop, in a worker. */
  openAllMs: number[];
  /** Posting `count` decoded plans from a worker to the page (structured clone both ways). */
  replyMs: number[];
}

/** Pieces of a vault write and of opening a plan, each measured on its own. */
export interface Decomposition {
  /** postMessage of the 100 KB plan to a worker and a small reply back. */
  echoMs: number[];
  /** JSON + UTF-8 + pad + XChaCha20-Poly1305 of the 100 KB plan, inside a worker. */
  seal100Ms: number[];
  /** The steps of that seal on their own: JSON + UTF-8, sodium.pad, the AEAD call. */
  encodeMs: number[];
  padMs: number[];
  aeadMs: number[];
  /** Decrypt + unpad + JSON.parse of the 100 KB plan, inside a worker. */
  open100Ms: number[];
  /** A bare durable put of the same stored bytes, from inside a worker. */
  workerPutMs: number[];
}

interface BareDb extends DBSchema {
  records: { key: [string, string]; value: { store: string; id: string; data: Uint8Array } };
}

const PAD_BLOCK = 256;
/** Stored record size for a value of `json` UTF-8 bytes (docs/SECURITY.md, record format). */
const storedBytes = (json: number) => 1 + 24 + (Math.floor(json / PAD_BLOCK) + 1) * PAD_BLOCK + 16;

let passphrase = '';
let vault: Vault | undefined;
let planCount = 0;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let at = 0; at < length; at += 65536) {
    crypto.getRandomValues(bytes.subarray(at, Math.min(length, at + 65536)));
  }
  return bytes;
}

function startBareWorker(): Worker {
  return new Worker(new URL('./bare-worker.ts', import.meta.url), { type: 'module' });
}

function ask(worker: Worker, request: BareRequest): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<BareReply>) => {
      worker.removeEventListener('error', onError);
      if (event.data.ok) resolve(event.data.times);
      else reject(new Error(`bench worker: ${event.data.error}`));
    };
    const onError = (event: ErrorEvent) => {
      worker.removeEventListener('message', onMessage);
      reject(new Error(`bench worker failed to run: ${event.message || 'load error (CSP?)'}`));
    };
    worker.addEventListener('message', onMessage, { once: true });
    worker.addEventListener('error', onError, { once: true });
    worker.postMessage(request);
  });
}

/** Reads the plaintext vault header straight from IndexedDB (only to report what is stored). */
async function readStoredKdf(): Promise<SetupResult['stored']> {
  const db = await openDB('app-data');
  try {
    const header = (await db.get('header', 'header')) as {
      slots: { kind: string; kdf: { memlimitBytes: number; opslimit: number } }[];
    };
    const slot = header.slots.find((candidate) => candidate.kind === 'passphrase');
    if (!slot) throw new Error('No passphrase slot in the stored header.');
    return { memlimitBytes: slot.kdf.memlimitBytes, opslimit: slot.kdf.opslimit };
  } finally {
    db.close();
  }
}

/** Length of the ciphertext the vault stored for a plan (checks the size the bare put uses). */
async function readStoredLength(id: string): Promise<number> {
  const db = await openDB('app-data');
  try {
    const row = (await db.get('records', ['plans', id])) as { data: Uint8Array } | undefined;
    if (!row) throw new Error('The saved plan is not in the vault database.');
    return row.data.length;
  } finally {
    db.close();
  }
}

async function openVault(): Promise<Vault> {
  if (vault && !vault.locked) return vault;
  vault = await unlockVault({ passphrase });
  return vault;
}

/** Creates the vault through the real API (calibrating Argon2id on this machine). */
async function setup(chosenPassphrase: string): Promise<SetupResult> {
  passphrase = chosenPassphrase;
  const start = performance.now();
  const created = await createVault(passphrase);
  const createMs = performance.now() - start;
  vault = created.vault;
  return {
    createMs,
    returned: created.kdf,
    stored: await readStoredKdf(),
    userAgent: navigator.userAgent,
    hardwareConcurrency: navigator.hardwareConcurrency,
  };
}

/** Saves plans of about `planBytes` of JSON until the vault holds `total`. */
async function addPlans(total: number, planBytes: number): Promise<{ count: number }> {
  const open = await openVault();
  while (planCount < total) {
    const id = newRecordId();
    await open.write('plans', id, makePlan(id, planBytes));
    planCount++;
  }
  return { count: planCount };
}

async function bareKdf(memlimitBytes: number, opslimit: number) {
  const start = performance.now();
  const worker = startBareWorker();
  try {
    const request: BareRequest = { op: 'kdf', passphrase, memlimitBytes, opslimit, calls: 1 };
    const [first] = await ask(worker, request);
    const bareColdMs = performance.now() - start;
    const [second] = await ask(worker, request);
    return { bareKdfMs: first ?? Number.NaN, bareKdfWarmMs: second ?? Number.NaN, bareColdMs };
  } finally {
    worker.terminate();
  }
}

async function vaultUnlock(expected: number, prestart: boolean): Promise<VaultUnlockTiming> {
  vault?.lock();
  vault = undefined;
  if (prestart) {
    // What the app does at start (checkVault): the worker loads while the person types.
    await vaultExists();
    await pause(300);
  }
  const start = performance.now();
  const opened = await unlockVault({ passphrase });
  const unlocked = performance.now();
  // What the home screen does after unlocking (src/ui/session/plans.ts → listPlans):
  // decrypt in the worker, then check every plan on the page.
  const plans = await listPlans(opened);
  const listed = performance.now();
  opened.lock();
  const good = plans.filter((plan) => plan.ok).length;
  if (plans.length !== expected || good !== expected) {
    throw new Error(`Expected ${expected} plans, got ${plans.length} (${good} opened).`);
  }
  return { unlockMs: unlocked - start, listMs: listed - unlocked, totalMs: listed - start };
}

/**
 * `runs` rounds of: unlock after a lock (new worker), unlock with the worker pre-started,
 * and a bare Argon2id of the stored parameters, in rotating order. Each vault unlock is
 * unlockVault() + list('plans') and ends with lock() (worker terminated), as in the app.
 */
async function unlockRuns(runs: number, expected: number): Promise<UnlockRun[]> {
  const { memlimitBytes, opslimit } = await readStoredKdf();
  const results: UnlockRun[] = [];
  for (let run = 0; run < runs; run++) {
    vault?.lock();
    vault = undefined;
    let bare: Awaited<ReturnType<typeof bareKdf>> | undefined;
    let cold: VaultUnlockTiming | undefined;
    let prestarted: VaultUnlockTiming | undefined;
    const steps = [
      async () => {
        bare = await bareKdf(memlimitBytes, opslimit);
      },
      async () => {
        cold = await vaultUnlock(expected, false);
      },
      async () => {
        prestarted = await vaultUnlock(expected, true);
      },
    ];
    for (let step = 0; step < steps.length; step++) {
      await pause(200);
      await steps[(run + step) % steps.length]?.();
    }
    if (!bare || !cold || !prestarted) throw new Error('A measurement did not run.');
    results.push({ cold, prestarted, ...bare });
  }
  return results;
}

/**
 * Autosave of one ~`planBytes` plan, `writes` times (after `warmup` untimed ones), through
 * vault.write, interleaved with a bare put of the same number of stored bytes into a
 * database of the same shape on this thread: one transaction each, durability 'strict'.
 */
async function saveRuns(
  writes: number,
  warmup: number,
  answers: number,
  bytesPerAnswer: number,
): Promise<SaveResult> {
  const open = await openVault();
  const id = newRecordId();
  let plan = answeredPlan(id, answers, bytesPerAnswer).plan;
  const bare = await openDB<BareDb>('bench-bare', 1, {
    upgrade(database) {
      database.createObjectStore('records', { keyPath: ['store', 'id'] });
    },
  });
  const vaultMs: number[] = [];
  const bareMs: number[] = [];
  let json = 0;
  try {
    for (let i = -warmup; i < writes; i++) {
      plan = editPlan(plan);
      json = jsonBytes(plan);
      const data = randomBytes(storedBytes(json));
      const viaVault = async () => {
        const start = performance.now();
        await open.write('plans', id, plan);
        if (i >= 0) vaultMs.push(performance.now() - start);
      };
      const viaBare = async () => {
        const start = performance.now();
        const tx = bare.transaction('records', 'readwrite', { durability: 'strict' });
        await Promise.all([tx.store.put({ store: 'plans', id, data }), tx.done]);
        if (i >= 0) bareMs.push(performance.now() - start);
      };
      if (i % 2 === 0) {
        await viaVault();
        await viaBare();
      } else {
        await viaBare();
        await viaVault();
      }
    }
  } finally {
    bare.close();
  }
  const stored = await readStoredLength(id);
  if (stored !== storedBytes(json)) {
    throw new Error(`Vault stored ${stored} bytes; the bare put used ${storedBytes(json)}.`);
  }
  planCount++;
  return { vaultMs, bareMs, jsonBytes: json, storedBytes: stored };
}

/** Times the parts of a write and of opening plans separately, in a bench worker. */
async function decompose(runs: number, answers: number, bytesPerAnswer: number) {
  const { plan } = answeredPlan(newRecordId(), answers, bytesPerAnswer);
  const worker = startBareWorker();
  try {
    await ask(worker, { op: 'echo', value: null });
    const echoMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      await ask(worker, { op: 'echo', value: plan });
      echoMs.push(performance.now() - start);
    }
    const big = await ask(worker, { op: 'crypto', value: plan, runs });
    const steps = await ask(worker, { op: 'sealSteps', value: plan, runs });
    const workerPutMs = await ask(worker, {
      op: 'put',
      bytes: storedBytes(jsonBytes(plan)),
      runs,
    });
    const result: Decomposition = {
      echoMs,
      seal100Ms: big.slice(0, runs),
      open100Ms: big.slice(runs),
      encodeMs: steps.slice(0, runs),
      padMs: steps.slice(runs, 2 * runs),
      aeadMs: steps.slice(2 * runs),
      workerPutMs,
    };
    return result;
  } finally {
    worker.terminate();
  }
}

/**
 * Times the parts of list('plans') with the vault holding `count` plans: getAll on the
 * vault's database, decrypting `count` plans of the same size, and posting them to the page.
 */
async function listParts(runs: number, count: number, planBytes: number): Promise<ListParts> {
  vault?.lock();
  vault = undefined;
  const plan = makePlan(newRecordId(), planBytes);
  const result: ListParts = { count, getAllMs: [], openAllMs: [], replyMs: [] };
  for (let run = 0; run < runs; run++) {
    const worker = startBareWorker();
    try {
      await pause(100);
      result.getAllMs.push(...(await ask(worker, { op: 'getAll' })));
      result.openAllMs.push(...(await ask(worker, { op: 'openMany', value: plan, count })));
      await ask(worker, { op: 'prepareReply', value: plan, count });
      const start = performance.now();
      await ask(worker, { op: 'reply' });
      result.replyMs.push(performance.now() - start);
    } finally {
      worker.terminate();
    }
  }
  return result;
}

/** Starts the keystroke-to-"Saved" session with a plan of `answers` answers. */
async function typing(answers: number, bytesPerAnswer: number): Promise<void> {
  const open = await openVault();
  const { plan } = answeredPlan(newRecordId(), answers, bytesPerAnswer);
  await open.write('plans', plan.id, plan);
  planCount++;
  await startTyping(open, plan, storedBytes(jsonBytes(plan)));
}

/** One bare Argon2id in a fresh worker (the scale for backup timings). */
async function bareKdfOnce(memlimitBytes: number, opslimit: number): Promise<number> {
  return (await bareKdf(memlimitBytes, opslimit)).bareKdfMs;
}

const api = {
  setup,
  bareKdfOnce,
  addPlans,
  unlockRuns,
  listParts,
  saveRuns,
  decompose,
  typing,
  waitSaved,
  typingResult,
  exchangeRuns,
  selfOpeningFile,
};

declare global {
  interface Window {
    pathwayBench?: typeof api;
  }
}

window.pathwayBench = api;
