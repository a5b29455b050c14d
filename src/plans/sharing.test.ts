import { describe, expect, it } from 'vitest';
import type { Item, Section } from '../templates/types.ts';
import { includeInCopy } from './sharing.ts';
import type { Answer } from './types.ts';

const item = (extra: Partial<Item> = {}) =>
  ({ id: 'q', kind: 'shortText', label: { en: 'Q' }, ...extra }) as Item;
const section = (extra: Partial<Section> = {}) =>
  ({ id: 's', title: { en: 'S' }, audience: ['me'], items: [], ...extra }) as Section;
const answer = (extra: Partial<Answer> = {}) =>
  ({ kind: 'shortText', value: 'x', ...extra }) as Answer;
const none = { sensitive: false, private: false };
const all = { sensitive: true, private: true };

describe('what goes into a copy of a plan', () => {
  it('a trusted-contact copy holds only items meant for the trusted contact', () => {
    expect(includeInCopy('trustedContact', none, section(), item(), answer())).toBe(false);
    expect(
      includeInCopy(
        'trustedContact',
        none,
        section({ audience: ['trustedContact'] }),
        item(),
        answer(),
      ),
    ).toBe(true);
    // An item's own audience wins over its section's.
    expect(
      includeInCopy(
        'trustedContact',
        none,
        section(),
        item({ audience: ['me', 'trustedContact'] }),
        answer(),
      ),
    ).toBe(true);
  });

  it('sensitive items stay out unless ticked, whether the flag is on the item or the section', () => {
    expect(includeInCopy('me', none, section({ sensitive: true }), item(), answer())).toBe(false);
    expect(includeInCopy('me', none, section(), item({ sensitive: true }), answer())).toBe(false);
    expect(includeInCopy('me', all, section({ sensitive: true }), item(), answer())).toBe(true);
    expect(
      includeInCopy('me', none, section({ sensitive: true }), item({ sensitive: false }), answer()),
    ).toBe(true);
  });

  it('a private answer goes only into my own copy, and only when ticked', () => {
    const secret = answer({ private: true });
    expect(includeInCopy('me', none, section(), item(), secret)).toBe(false);
    expect(includeInCopy('me', all, section(), item(), secret)).toBe(true);
    const tc = section({ audience: ['trustedContact'] });
    expect(includeInCopy('trustedContact', all, tc, item(), secret)).toBe(false);
  });
});
