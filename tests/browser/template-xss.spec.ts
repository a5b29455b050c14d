import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { templateTexts } from '../../src/templates/text-walk.ts';
import type { Template } from '../../src/templates/types.ts';
import { validateTemplate } from '../../src/templates/validate.ts';
import { expect, test } from './fixtures';
import { PAYLOADS, printable } from './xss-corpus';

/**
 * A shared template is attacker-controlled text. Every payload of the shared corpus goes
 * into every text field of a real template, is rendered by the real components in
 * Chromium (with no CSP to help), and must stay inert, visible text.
 */
let bundle = '';
let template: Template;

test.beforeAll(async () => {
  const result = await build({
    entryPoints: [new URL('./xss-entry.tsx', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]?.text ?? '';
  const file = new URL('../../templates/workplace-safety.json', import.meta.url);
  const parsed = validateTemplate(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error('the bundled template must be valid');
  template = parsed.template;
});

/** The template with `payload` in every text field, source title and author name. */
function poisoned(payload: string): Template {
  const copy = structuredClone(template);
  for (const site of templateTexts(copy)) site.text.en = payload;
  for (const source of copy.sources) source.title = payload;
  for (const author of copy.authors) author.name = payload;
  return copy;
}

for (const [index, payload] of PAYLOADS.entries()) {
  test(`payload ${index + 1} renders as inert text: ${printable(payload.text)}`, async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.setContent(
      '<!doctype html><html lang="en"><body><div id="root"></div></body></html>',
    );
    await page.addScriptTag({ content: bundle });
    await page.evaluate((t) => window.renderTemplateTexts(t), poisoned(payload.text));
    // Give any event handler that slipped through (onerror, onload, ontoggle) time to fire.
    await page.waitForTimeout(200);

    const state = await page.evaluate(() => {
      const root = document.getElementById('root');
      return {
        flag: (window as unknown as { __xss?: unknown }).__xss,
        sections: root?.querySelectorAll('section').length ?? 0,
        injected:
          root?.querySelectorAll('img, script, svg, iframe, style, details, b, animate').length ??
          -1,
        hrefs: [...(root?.querySelectorAll('a') ?? [])].map((a) => [a.href, a.rel, a.target]),
        text: root?.textContent ?? '',
      };
    });
    expect(state.flag).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(state.sections).toBeGreaterThan(100);
    expect(state.injected).toBe(0);
    for (const [href, rel, target] of state.hrefs) {
      expect(href).toMatch(/^https:\/\//);
      expect(rel).toBe('noopener noreferrer');
      expect(target).toBe('_blank');
    }
    expect(state.text).toContain(payload.visible);
    await expect(page.locator('#root')).toBeVisible();
  });
}
