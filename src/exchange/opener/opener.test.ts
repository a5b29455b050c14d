import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { planFor } from '../../plans/test-plan.ts';
import type { Plan } from '../../plans/types.ts';
import type { Template } from '../../templates/types.ts';
import { validateTemplate } from '../../templates/validate.ts';
import type { Sodium } from '../../vault/crypto/sodium.ts';
import { WrongPassphraseError } from '../errors.ts';
import { TEST_KDF, testSodium } from '../test-backup.ts';
import { buildOpenerHtml, inlineScript } from './html.ts';
import { createOpenerPayload, planForCopy } from './payload.ts';
import { openOpenerPayload, sealOpenerPayload } from './seal.ts';

const CANARY = 'opener-canary-7f3a';
const PASS = 'a file passphrase';

const raw = readFileSync(
  new URL('../../../templates/release-from-detention.json', import.meta.url),
);
const checked = validateTemplate(JSON.parse(raw.toString('utf8')));
if (!checked.ok) throw new Error('bundled template does not validate');
const template: Template = checked.template;

function plan(): Plan {
  return {
    ...planFor(template, {
      // Memorise section: me + trusted contact.
      'number-lawyer': { kind: 'memoriseNumber', value: { name: 'Ana', number: CANARY } },
      'number-trusted-contact': {
        kind: 'memoriseNumber',
        value: { name: 'Sister', number: 'private-number-111' },
        private: true,
      },
      // Decisions: sensitive item.
      'who-must-not-know': { kind: 'longText', value: 'sensitive-landlord' },
      // Home front: trusted contact only.
      'rent-bills': { kind: 'longText', value: 'tc-rent-bills' },
      // My supports: me and support worker, not the trusted contact.
      supports: {
        kind: 'group',
        value: [{ 'support-name': { kind: 'shortText', value: 'me-only-support' } }],
      },
    }),
    later: ['decisions'],
  };
}

const none = { sensitive: false, private: false };
const all = { sensitive: true, private: true };

describe('what a self-opening file holds', () => {
  it('a trusted-contact copy has no private, sensitive or not-for-them answer at all', () => {
    const { plan: copy } = planForCopy(plan(), template, 'trustedContact', all);
    const text = JSON.stringify(copy);
    expect(text).toContain(CANARY);
    expect(text).toContain('tc-rent-bills');
    expect(text).toContain('sensitive-landlord'); // ticked: sensitive may go in
    expect(text).not.toContain('private-number-111');
    expect(text).not.toContain('me-only-support');
    const { plan: unticked } = planForCopy(plan(), template, 'trustedContact', none);
    expect(JSON.stringify(unticked)).not.toContain('sensitive-landlord');
    expect(unticked.later).toBeUndefined();
  });

  it('my own copy leaves out private and sensitive answers unless ticked', () => {
    const mine = JSON.stringify(planForCopy(plan(), template, 'me', none).plan);
    expect(mine).toContain(CANARY);
    expect(mine).not.toContain('private-number-111');
    expect(mine).not.toContain('sensitive-landlord');
    const ticked = JSON.stringify(planForCopy(plan(), template, 'me', all).plan);
    expect(ticked).toContain('private-number-111');
    expect(ticked).toContain('sensitive-landlord');
  });

  it('forces private off in the payload of a copy for someone else', () => {
    const payload = createOpenerPayload(plan(), template, 'trustedContact', all);
    expect(payload.choices.private).toBe(false);
  });
});

describe('the self-opening page', () => {
  let sodium: Sodium;
  beforeAll(async () => {
    sodium = await testSodium();
  });

  const script = 'document.title = "x"; const s = "</script>";';

  async function page() {
    const payload = createOpenerPayload(plan(), template, 'me', none);
    const encrypted = sealOpenerPayload(payload, PASS, sodium, TEST_KDF);
    const html = await buildOpenerHtml({
      script,
      encrypted,
      strings: { 'file.pageTitle': 'Notes', 'file.open': 'Open </script><b>' },
      lang: 'en',
    });
    return { html, encrypted };
  }

  it('allows exactly its inline script and style by hash, and no network', async () => {
    const { html } = await page();
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = csp.split(';').map((d) => d.trim());
    expect(directives).toContain("connect-src 'none'");
    expect(directives).toContain("default-src 'none'");
    expect(directives).toContain("base-uri 'none'");
    expect(directives).toContain("form-action 'none'");
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(inline).toHaveLength(1);
    const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
    expect(inline[0]).toBe(inlineScript(script));
    expect(directives).toContain(`script-src 'sha256-${sha(inline[0] ?? '')}' 'wasm-unsafe-eval'`);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(directives).toContain(`style-src 'sha256-${sha(style)}'`);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Notes</title>');
    // Embedded messages cannot close their script element.
    expect(html).not.toContain('Open </script>');
  });

  it('holds no plaintext of the plan, and its payload opens with the passphrase only', async () => {
    const { html, encrypted } = await page();
    expect(html).not.toContain(CANARY);
    expect(html).not.toContain('My plan');
    const base64 = /id="payload">([^<]+)</.exec(html)?.[1] ?? '';
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    expect(bytes).toEqual(encrypted);
    expect(() => openOpenerPayload(bytes, 'wrong passphrase', sodium)).toThrow(
      WrongPassphraseError,
    );
    const opened = openOpenerPayload(bytes, PASS, sodium);
    expect(JSON.stringify(opened.plan)).toContain(CANARY);
    expect(opened.copy).toBe('me');
  });

  it('refuses a program that cannot be inlined safely', () => {
    expect(() => inlineScript('const a = "<!--";')).toThrow();
    expect(inlineScript('x="</SCRIPT>"')).toBe('x="<\\/SCRIPT>"');
  });
});
