import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sodium } from '../vault/crypto/sodium.ts';
import { ARMOR_BEGIN, ARMOR_END, armor, backupBytesFromFile, dearmor } from './armor.ts';
import { decryptBackup } from './backup.ts';
import {
  BackupTooLargeError,
  DamagedBackupError,
  NotABackupError,
  TruncatedBackupError,
} from './errors.ts';
import { makeBackup, PASS, samplePlan, testSodium } from './test-backup.ts';

let sodium: Sodium;
let bytes: Uint8Array;
beforeAll(async () => {
  sodium = await testSodium();
  bytes = makeBackup(sodium, [samplePlan(1, 'Nina — 555 0100 ✓')]);
});

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(b);

describe('the armored text form', () => {
  it('is BEGIN, base64url lines of 64 characters, END', () => {
    const lines = armor(bytes).trimEnd().split('\n');
    expect(lines[0]).toBe(ARMOR_BEGIN);
    expect(lines.at(-1)).toBe(ARMOR_END);
    const body = lines.slice(1, -1);
    expect(body.slice(0, -1).every((line) => line.length === 64)).toBe(true);
    expect(body.every((line) => /^[A-Za-z0-9_-]{1,64}$/.test(line))).toBe(true);
  });

  it('survives a trip through a chat app and opens with the passphrase', () => {
    const text = armor(bytes);
    const pasted = `Here it is, keep it safe:\r\n\r\n   ${text.replace(/\n/g, '\r\n  ')}\r\nLove, M.`;
    const restored = dearmor(pasted);
    expect(same(restored, bytes)).toBe(true);
    expect(decryptBackup(restored, PASS, sodium).plans[0]).toMatchObject({ ok: true });
  });

  it('ignores whitespace, line breaks, zero-width characters and quote marks anywhere (property)', () => {
    const text = armor(bytes);
    const noise = fc.constantFrom(' ', '\t', '\r\n', '\n', '\u00a0', '\u200b', '\u2060');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), noise), { maxLength: 30 }),
        fc.boolean(),
        (insertions, quoted) => {
          const start = text.indexOf('\n') + 1;
          const end = text.indexOf(ARMOR_END);
          let inner = text.slice(start, end);
          for (const [at, char] of insertions) {
            const i = at % (inner.length + 1);
            inner = inner.slice(0, i) + char + inner.slice(i);
          }
          if (quoted) inner = inner.replace(/^/gm, '> ');
          const mangled = `${ARMOR_BEGIN}${inner}${ARMOR_END}`;
          expect(same(dearmor(`said: ${mangled} (end)`), bytes)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a backup whose lines were joined into one', () => {
    expect(same(dearmor(armor(bytes).replace(/\n/g, '')), bytes)).toBe(true);
  });

  it('is strict inside: any character outside base64url is refused, not guessed at', () => {
    const text = armor(bytes);
    const at = text.indexOf('\n') + 10;
    for (const intruder of ['+', '/', '=', '.', 'é', '*', '—']) {
      const changed = text.slice(0, at) + intruder + text.slice(at + 1);
      expect(() => dearmor(changed), intruder).toThrow(DamagedBackupError);
    }
  });

  it('says what is wrong: no backup, no end line, a cut-off or changed body', () => {
    expect(() => dearmor('hello, no backup here')).toThrow(NotABackupError);
    const text = armor(bytes);
    expect(() => dearmor(text.slice(0, text.indexOf(ARMOR_END)))).toThrow(TruncatedBackupError);
    // A whole line lost in the middle: the text decodes, the file inside does not open.
    const lines = text.split('\n');
    const missingLine = [...lines.slice(0, 3), ...lines.slice(4)].join('\n');
    expect(() => decryptBackup(dearmor(missingLine), PASS, sodium)).toThrow(DamagedBackupError);
    // A lost last line: the file is incomplete.
    const lastLost = [...lines.slice(0, -3), ...lines.slice(-2)].join('\n');
    expect(() => decryptBackup(dearmor(lastLost), PASS, sodium)).toThrow(TruncatedBackupError);
  });

  it('refuses text far larger than any backup before looking at it', () => {
    expect(() => dearmor(' '.repeat(60 * 1024 * 1024))).toThrow(BackupTooLargeError);
  });

  it('is also accepted as a picked file, next to the binary form', () => {
    expect(backupBytesFromFile(bytes)).toBe(bytes);
    const textFile = new TextEncoder().encode(`\ufeff${armor(bytes)}`);
    expect(same(backupBytesFromFile(textFile), bytes)).toBe(true);
    const other = new TextEncoder().encode('just a note');
    expect(backupBytesFromFile(other)).toBe(other);
  });
});
