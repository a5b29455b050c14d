/**
 * The self-opening plan file's program, built as one IIFE with libsodium inlined
 * (vite.config.ts). It runs in two places:
 *
 * - inline in the saved `.html` page: reads the embedded encrypted bytes and messages,
 *   asks for the passphrase, decrypts and shows the plan read-only;
 * - in the app, as a classic Worker loaded from the precached asset: encrypts one payload
 *   and posts the bytes back (the app's own crypto worker only writes backups).
 */
import { loadSodium } from '../../vault/crypto/sodium.ts';
import { WrongPassphraseError } from '../errors.ts';
import { readBackupHeader } from '../format.ts';
import { useOpenerStrings } from './i18n-shim.ts';
import type { OpenerPayload } from './payload.ts';
import { renderPlan } from './render.ts';
import { openOpenerPayload, sealOpenerPayload } from './seal.ts';
import type { OpenerStrings } from './strings.ts';

/** What the app sends to the worker, and what it answers. */
export interface SealRequest {
  payload: OpenerPayload;
  passphrase: string;
}
export type SealResponse = { ok: true; bytes: Uint8Array } | { ok: false; name: string };

interface WorkerScope {
  postMessage(message: SealResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SealRequest>) => void): void;
}

function startWorker(): void {
  const scope = self as unknown as WorkerScope;
  scope.addEventListener('message', (event) => {
    void (async () => {
      try {
        const sodium = await loadSodium();
        const bytes = sealOpenerPayload(event.data.payload, event.data.passphrase, sodium);
        scope.postMessage({ ok: true, bytes }, [bytes.buffer]);
      } catch (error) {
        scope.postMessage({ ok: false, name: error instanceof Error ? error.name : 'Error' }, []);
      }
    })();
  });
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function startPage(): void {
  const stringsText = document.getElementById('strings')?.textContent ?? '{}';
  const strings = JSON.parse(stringsText) as OpenerStrings;
  const lang = document.documentElement.lang || 'en';
  useOpenerStrings(strings, lang);
  const say = (key: keyof OpenerStrings) => strings[key] ?? '';

  const main = document.createElement('main');
  const form = document.createElement('form');
  const label = document.createElement('label');
  label.htmlFor = 'passphrase';
  label.textContent = say('file.openPassphrase');
  const input = document.createElement('input');
  input.type = 'password';
  input.id = 'passphrase';
  input.autocomplete = 'off';
  input.spellcheck = false;
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = say('file.open');
  const problem = document.createElement('p');
  problem.setAttribute('role', 'alert');
  problem.className = 'problem';
  form.append(label, input, button, problem);
  main.append(form);
  document.body.append(main);

  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(document.getElementById('payload')?.textContent ?? '');
    readBackupHeader(bytes);
  } catch {
    problem.textContent = say('file.damaged');
    input.disabled = true;
    button.disabled = true;
    return;
  }
  input.focus();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    button.disabled = true;
    problem.textContent = say('file.opening');
    // Let the browser paint "Opening…" before Argon2id takes the thread.
    setTimeout(() => {
      void (async () => {
        try {
          const sodium = await loadSodium();
          const payload = openOpenerPayload(bytes, input.value, sodium);
          input.value = '';
          const plan = document.createElement('article');
          renderPlan(plan, payload, say('private.badge'));
          const print = document.createElement('button');
          print.type = 'button';
          print.className = 'print';
          print.textContent = say('file.print');
          print.addEventListener('click', () => window.print());
          main.replaceChildren(print, plan);
        } catch (error) {
          problem.textContent =
            error instanceof WrongPassphraseError ? say('file.wrong') : say('file.damaged');
          button.disabled = false;
          input.select();
        }
      })();
    }, 30);
  });
}

if (typeof document === 'undefined') startWorker();
else startPage();
