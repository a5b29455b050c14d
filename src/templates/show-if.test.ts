import { describe, expect, it } from 'vitest';
import { evaluateShowIf, hasAnswer, visibleIds } from './show-if.ts';
import { minimalTemplate } from './test-template.ts';
import type { Condition, Template } from './types.ts';
import { validateTemplate } from './validate.ts';

const answers: Record<string, unknown> = {
  setting: ['in-call', 'street'],
  pets: 'yes',
  note: '  ',
  contact: [{ name: '', phone: '555' }],
};
const read = (id: string) => answers[id];

function template(): Template {
  const result = validateTemplate(minimalTemplate());
  if (!result.ok) throw new Error('fixture must be valid');
  return result.template;
}

describe('evaluateShowIf', () => {
  const cases: Array<[string, Condition | undefined, boolean]> = [
    ['no condition shows the item', undefined, true],
    ['includes a chosen option', { item: 'setting', includes: 'street' }, true],
    ['does not include an unchosen option', { item: 'setting', includes: 'out-call' }, false],
    ['equals a yes/no answer', { item: 'pets', equals: 'yes' }, true],
    ['equals fails for another value', { item: 'pets', equals: 'no' }, false],
    ['whitespace does not count as answered', { item: 'note', answered: true }, false],
    ['an unanswered item is not answered', { item: 'missing', answered: false }, true],
    ['a partly filled contact is answered', { item: 'contact', answered: true }, true],
    [
      'all needs every condition',
      {
        all: [
          { item: 'pets', equals: 'yes' },
          { item: 'setting', includes: 'out-call' },
        ],
      },
      false,
    ],
    [
      'any needs one condition',
      {
        any: [
          { item: 'pets', equals: 'no' },
          { item: 'setting', includes: 'in-call' },
        ],
      },
      true,
    ],
    ['not inverts', { not: { item: 'setting', includes: 'in-call' } }, false],
  ];
  it.each(cases)('%s', (_name, condition, expected) => {
    expect(evaluateShowIf(condition, read)).toBe(expected);
  });

  it('treats includes on a non-list answer as false', () => {
    expect(evaluateShowIf({ item: 'pets', includes: 'yes' }, read)).toBe(false);
  });
});

describe('hasAnswer', () => {
  it('counts only something written or chosen', () => {
    expect([undefined, null, '', ' ', [], [''], { name: '' }].map(hasAnswer)).toEqual(
      Array(7).fill(false),
    );
    expect(['x', ['a'], { name: 'Ana' }, 0].map(hasAnswer)).toEqual(Array(4).fill(true));
  });
});

describe('visibleIds', () => {
  it('hides the out-call section until out-call is chosen, with its items', () => {
    const hidden = visibleIds(template(), { 'work-setting': { value: ['in-call'] } });
    expect(hidden.has('setting')).toBe(true);
    expect(hidden.has('out-call-section')).toBe(false);
    expect(hidden.has('hotel')).toBe(false);
    expect(hidden.has('person-name')).toBe(false);
    const shown = visibleIds(template(), { 'work-setting': { value: ['out-call'] } });
    expect(shown.has('out-call-section')).toBe(true);
    expect(shown.has('person-name')).toBe(true);
  });

  it('treats an answer to a hidden item as absent', () => {
    const t = template();
    const hotel = t.sections[1]?.items[0];
    const pets = t.sections[0]?.items[1];
    if (!hotel || !pets) throw new Error('fixture shape');
    pets.showIf = { item: 'hotel', answered: true };
    // The hotel answer is kept, but the out-call section is hidden, so pets stays hidden.
    const ids = visibleIds(t, {
      'work-setting': { value: ['in-call'] },
      hotel: { value: 'Hilton' },
    });
    expect(ids.has('has-pets')).toBe(false);
  });
});
