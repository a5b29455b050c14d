/**
 * Backups and the self-opening file on the bench page, through the app's own code:
 * exportBackup/importBackup (src/exchange, one short-lived crypto worker per job, as the
 * Backup and Restore screens use them) and the self-opening page builder with the built
 * opener program (served next to the bench page by run.mjs from the app build).
 */
import { createBackupPayload, exportBackup, importBackup } from '../../src/exchange/index.ts';
import { buildOpenerHtml } from '../../src/exchange/opener/html.ts';
import { createOpenerPayload } from '../../src/exchange/opener/payload.ts';
import { OPENER_MESSAGE_KEYS, type OpenerStrings } from '../../src/exchange/opener/strings.ts';
import { en } from '../../src/i18n/messages/en.ts';
import { newRecordId } from '../../src/vault/index.ts';
import { answeredPlan, makePlan } from './plans.ts';

/** One export and one import of `count` plans. */
export interface ExchangeRun {
  exportMs: number;
  importMs: number;
  fileBytes: number;
  memlimitBytes: number;
  opslimit: number;
}

/** Exports `count` plans of ~`planBytes` and imports the file again, `runs` times. */
export async function exchangeRuns(
  runs: number,
  count: number,
  planBytes: number,
  passphrase: string,
): Promise<ExchangeRun[]> {
  const plans = Array.from({ length: count }, () => makePlan(newRecordId(), planBytes));
  const results: ExchangeRun[] = [];
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    const made = await exportBackup(createBackupPayload(plans), passphrase);
    const exportMs = performance.now() - start;
    start = performance.now();
    const opened = await importBackup(made.bytes, passphrase);
    const importMs = performance.now() - start;
    const good = opened.plans.filter((plan) => plan.ok).length;
    if (good !== count) throw new Error(`Import opened ${good} of ${count} plans.`);
    results.push({
      exportMs,
      importMs,
      fileBytes: made.bytes.length,
      memlimitBytes: made.kdf.memlimitBytes,
      opslimit: made.kdf.opslimit,
    });
  }
  return results;
}

/** The self-opening page for one plan, made as src/ui/SelfOpeningFile/make.ts makes it. */
export async function selfOpeningFile(
  openerUrl: string,
  answers: number,
  bytesPerAnswer: number,
  passphrase: string,
): Promise<{ html: string; sealMs: number; scriptBytes: number; encryptedBytes: number }> {
  const { plan, template } = answeredPlan(newRecordId(), answers, bytesPerAnswer);
  const response = await fetch(openerUrl);
  if (!response.ok) throw new Error(`No opener program at ${openerUrl}.`);
  const script = await response.text();
  const payload = createOpenerPayload(plan, template, 'me', { sensitive: true, private: true });
  const start = performance.now();
  const encrypted = await new Promise<Uint8Array>((resolve, reject) => {
    const worker = new Worker(openerUrl, { name: 'notes' });
    worker.addEventListener('message', (event: MessageEvent) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.name));
    });
    worker.addEventListener('error', () => reject(new Error('The opener worker failed.')));
    worker.postMessage({ payload, passphrase });
  });
  const sealMs = performance.now() - start;
  const strings: OpenerStrings = {};
  for (const key of OPENER_MESSAGE_KEYS) strings[key] = en[key];
  const html = await buildOpenerHtml({ script, encrypted, strings, lang: 'en' });
  return { html, sealMs, scriptBytes: script.length, encryptedBytes: encrypted.length };
}
