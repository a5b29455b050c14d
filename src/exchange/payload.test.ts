import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { minimalTemplate } from '../templates/test-template.ts';
import type { Template } from '../templates/types.ts';
import type { Sodium } from '../vault/crypto/sodium.ts';
import { decryptBackup, sealBackupPlaintext } from './backup.ts';
import { BackupError, UnexpectedContentError, UnsupportedVersionError } from './errors.ts';
import {
  BACKUP_TYPE,
  createBackupPayload,
  decodePayload,
  encodePayload,
  MAX_PLANS,
} from './payload.ts';
import { PASS, samplePlan, TEST_KDF, testSodium } from './test-backup.ts';

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const envelope = (fields: Record<string, unknown> = {}) => ({
  type: BACKUP_TYPE,
  version: 1,
  createdAt: '2026-12-01T08:30:00.000Z',
  plans: [samplePlan(1)],
  ...fields,
});

describe('the backup contents', () => {
  it('report a bad plan by index, id and title, and still give every other plan', () => {
    const bad = { ...samplePlan(2), answers: { hotel: { kind: 'shortText', value: 42 } } };
    const contents = decodePayload(json(envelope({ plans: [samplePlan(1), bad, samplePlan(3)] })));
    expect(contents.plans.map((result) => result.ok)).toEqual([true, false, true]);
    const failed = contents.plans[1];
    expect(failed).toMatchObject({ ok: false, index: 1, id: 'plan-2', title: 'Plan 2' });
    expect(failed?.ok === false && failed.errors[0]?.path).toBe('$.answers.hotel.value');
  });

  it('check templates with the template validator, one by one', () => {
    const broken = { ...minimalTemplate(), sections: [] };
    const contents = decodePayload(json(envelope({ templates: [minimalTemplate(), broken] })));
    expect(contents.templates.map((result) => result.ok)).toEqual([true, false]);
    expect(contents.templates[1]).toMatchObject({ ok: false, index: 1, id: 'test-plan' });
  });

  it('refuse another kind of content, and say "update" for a newer version', () => {
    expect(() => decodePayload(json(envelope({ type: 'pathway-template' })))).toThrow(
      UnexpectedContentError,
    );
    expect(() => decodePayload(json(envelope({ version: 2 })))).toThrow(UnsupportedVersionError);
    expect(() => decodePayload(json(envelope({ version: 0 })))).toThrow(UnexpectedContentError);
    expect(() => decodePayload(json(envelope({ extra: true })))).toThrow(UnexpectedContentError);
    expect(() => decodePayload(json(envelope({ createdAt: 'yesterday' })))).toThrow(
      UnexpectedContentError,
    );
    const tooMany = Array.from({ length: MAX_PLANS + 1 }, () => ({}));
    expect(() => decodePayload(json(envelope({ plans: tooMany })))).toThrow(UnexpectedContentError);
  });

  it('refuse text that is not JSON, not UTF-8, or nested deep enough to break a validator', () => {
    expect(() => decodePayload(new TextEncoder().encode('{"type":'))).toThrow(
      UnexpectedContentError,
    );
    expect(() => decodePayload(Uint8Array.of(0x7b, 0xff, 0x7d))).toThrow(UnexpectedContentError);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const nested = `{"type":"pathway-backup","version":1,"createdAt":"2026-12-01T08:30:00.000Z","plans":[${deep}]}`;
    expect(() => decodePayload(new TextEncoder().encode(nested))).toThrow(UnexpectedContentError);
  });

  it('only ever throw a BackupError, whatever JSON is inside (fuzz)', () => {
    const anyEnvelope = fc.record({
      type: fc.oneof(fc.constant(BACKUP_TYPE), fc.string()),
      version: fc.oneof(fc.constant(1), fc.integer()),
      createdAt: fc.oneof(fc.constant('2026-12-01T08:30:00.000Z'), fc.string()),
      plans: fc.array(fc.oneof(fc.constant(samplePlan(1)), fc.jsonValue()), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), anyEnvelope), (value) => {
        try {
          const contents = decodePayload(json(value));
          expect(contents.plans.length).toBeLessThanOrEqual(3);
        } catch (error) {
          expect(error).toBeInstanceOf(BackupError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('are checked before writing, so no backup is made that would not import', () => {
    const bad = { ...samplePlan(2), title: 'x'.repeat(501) };
    expect(() => encodePayload(createBackupPayload([samplePlan(1), bad]))).toThrow(
      UnexpectedContentError,
    );
    const templates = [minimalTemplate()] as unknown as Template[];
    const written = decodePayload(encodePayload(createBackupPayload([samplePlan(1)], templates)));
    expect(written.templates).toHaveLength(1);
  });
});

describe('a file whose contents were written by something else', () => {
  let sodium: Sodium;
  beforeAll(async () => {
    sodium = await testSodium();
  });

  it('still imports the good plans and names the bad one', () => {
    const bad = { ...samplePlan(2), language: '' };
    const bytes = sealBackupPlaintext(
      json(envelope({ plans: [samplePlan(1), bad] })),
      PASS,
      sodium,
      TEST_KDF,
    );
    const contents = decryptBackup(bytes, PASS, sodium);
    expect(contents.plans[0]).toEqual({ ok: true, plan: samplePlan(1) });
    expect(contents.plans[1]).toMatchObject({ ok: false, id: 'plan-2' });
  });
});
