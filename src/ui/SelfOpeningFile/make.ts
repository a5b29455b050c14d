import openerFile from 'virtual:pathway-opener';
import { buildOpenerHtml } from '../../exchange/opener/html';
import { createOpenerPayload } from '../../exchange/opener/payload';
import { OPENER_MESSAGE_KEYS, type OpenerStrings } from '../../exchange/opener/strings';
import { t, uiLanguage } from '../../i18n';
import type { CopyChoices, CopyFor } from '../../plans/sharing';
import type { Plan } from '../../plans/types';
import type { Template } from '../../templates/types';
import { datedName } from '../share-file';

/** What to put in the file. */
export interface SelfOpeningRequest {
  plan: Plan;
  template: Template;
  copy: CopyFor;
  choices: CopyChoices;
  passphrase: string;
}

type SealResponse = { ok: true; bytes: Uint8Array } | { ok: false; name: string };

/** Thrown when this build has no opener program (only in `vite dev`). */
export class OpenerUnavailableError extends Error {
  override name = 'OpenerUnavailableError';
}

/**
 * Encrypts in a Worker running the opener program itself (same-origin asset, precached):
 * libsodium stays off the main thread, and the worker, with Argon2's memory and the key,
 * is terminated as soon as it answers.
 */
function seal(
  url: string,
  request: Omit<SelfOpeningRequest, 'passphrase'> & { passphrase: string },
) {
  const payload = createOpenerPayload(
    request.plan,
    request.template,
    request.copy,
    request.choices,
  );
  return new Promise<Uint8Array>((resolve, reject) => {
    const worker = new Worker(url, { name: 'notes' });
    const done = () => worker.terminate();
    worker.addEventListener('message', (event: MessageEvent<SealResponse>) => {
      done();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.name));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      done();
      reject(new Error('The file could not be made on this device.'));
    });
    worker.postMessage({ payload, passphrase: request.passphrase });
  });
}

/** Builds the self-opening `.html` file (neutral name, e.g. `notes-2026-11-29.html`). */
export async function makeSelfOpeningFile(request: SelfOpeningRequest): Promise<File> {
  if (!openerFile) throw new OpenerUnavailableError();
  const url = new URL(openerFile, document.baseURI).href;
  const response = await fetch(url);
  if (!response.ok) throw new OpenerUnavailableError();
  const script = await response.text();
  const encrypted = await seal(url, request);
  const strings: OpenerStrings = {};
  for (const key of OPENER_MESSAGE_KEYS) strings[key] = t(key);
  const html = await buildOpenerHtml({ script, encrypted, strings, lang: uiLanguage.value });
  return new File([html], datedName('notes', 'html'), { type: 'text/html' });
}
