import { describe, expect, it } from 'vitest';
import { testClient } from '../vault/test-client.ts';
import {
  type InstalledTemplate,
  listInstalledTemplates,
  pickTemplate,
  removeInstalledTemplate,
  saveInstalledTemplate,
} from './installed.ts';
import { bundledTemplateText } from './test-template.ts';
import type { Template } from './types.ts';
import { validateTemplate } from './validate.ts';

function workplace(version: number): Template {
  const result = validateTemplate(bundledTemplateText('workplace-safety'));
  if (!result.ok) throw new Error('invalid bundled template');
  return { ...result.template, version };
}

const entry = (recordId: string, template: Template): InstalledTemplate => ({
  recordId,
  template,
  source: { kind: 'file', fileName: 'outreach.json' },
  signer: { name: 'Harbour Outreach', publicKey: 'A'.repeat(43) },
  installedAt: '2026-11-29T09:00:00.000Z',
});

describe('imported templates in the vault', () => {
  it('are stored encrypted, read back validated, and removable', async () => {
    const { client } = testClient();
    const { vault } = await client.createVault('quiet harbour at dawn');
    await saveInstalledTemplate(vault, entry('t1', workplace(7)));
    await vault.write('templates', 'junk', {
      template: { formatVersion: 1 },
      source: { kind: 'qr' },
    });
    const { installed, damaged } = await listInstalledTemplates(vault);
    expect(installed).toEqual([entry('t1', workplace(7))]);
    expect(damaged).toEqual(['junk']);
    await removeInstalledTemplate(vault, 't1');
    expect((await listInstalledTemplates(vault)).installed).toEqual([]);
  });

  it('plans use the highest version; a bundled template wins a tie', () => {
    const bundled = [workplace(1)];
    const v1 = { ...workplace(1), summary: { en: 'imported copy' } };
    expect(pickTemplate('workplace-safety', bundled, [entry('a', v1)])).toBe(bundled[0]);
    const v3 = workplace(3);
    expect(pickTemplate('workplace-safety', bundled, [entry('a', v1), entry('b', v3)])).toBe(v3);
    expect(pickTemplate('other', bundled, [entry('b', v3)])).toBeUndefined();
  });
});
