/**
 * Realistic plan values for the benchmark: the app's Plan shape (src/plans/types.ts) with
 * contacts, numbers to memorise, checklists, groups and long free-text answers in random
 * words (Latin, Vietnamese and CJK), grown to a target size of UTF-8 JSON.
 * Random text keeps the stored bytes as incompressible as real ciphertext.
 */
import type { Answer, ContactAnswer, Plan } from '../../src/plans/types.ts';
import type { Item, Template } from '../../src/templates/types.ts';

const CONSONANTS = ['b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'tr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ă', 'ơ', 'ư', 'ê', 'ố', 'ạ', 'ễ'];
const CJK_START = 0x4e00;
const CJK_RANGE = 0x5000;

/** Fills a pool of random 32-bit numbers (getRandomValues takes at most 64 KiB at a time). */
class Randomness {
  private pool = new Uint32Array(4096);
  private next = this.pool.length;

  int(below: number): number {
    if (this.next >= this.pool.length) {
      crypto.getRandomValues(this.pool);
      this.next = 0;
    }
    return (this.pool[this.next++] ?? 0) % below;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
}

const random = new Randomness();

function word(): string {
  if (random.int(20) === 0) {
    // Occasional CJK word (three UTF-8 bytes per character).
    let cjk = '';
    for (let i = 1 + random.int(3); i > 0; i--) {
      cjk += String.fromCodePoint(CJK_START + random.int(CJK_RANGE));
    }
    return cjk;
  }
  let text = '';
  for (let i = 1 + random.int(3); i > 0; i--) text += random.pick(CONSONANTS) + random.pick(VOWELS);
  return text;
}

/** Random prose of roughly `length` characters, with sentences and line breaks. */
export function randomText(length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const sentence: string[] = [];
    for (let i = 4 + random.int(12); i > 0; i--) sentence.push(word());
    const text = `${sentence.join(' ')}${random.int(6) === 0 ? '.\n' : '. '}`;
    parts.push(text.charAt(0).toUpperCase() + text.slice(1));
    size += text.length;
  }
  return parts.join('').slice(0, length);
}

function digits(count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String(random.int(10));
  return text;
}

function contact(): ContactAnswer {
  return {
    name: `${word()} ${word()}`,
    phone: `+1 ${digits(3)} ${digits(3)} ${digits(4)}`,
    relationship: randomText(20),
    knowsAboutWork: random.pick(['yes', 'no', 'unsure'] as const),
  };
}

const utf8Length = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/**
 * A plan whose UTF-8 JSON is at least `targetBytes` (and at most ~1 KB more).
 * `id` should come from the vault's newRecordId().
 */
export function makePlan(id: string, targetBytes: number): Plan {
  const now = new Date().toISOString();
  const answers: Record<string, Answer> = {
    'trusted-people': { kind: 'contact', value: [contact(), contact(), contact()] },
    'number-to-remember': {
      kind: 'memoriseNumber',
      value: { name: word(), number: `+1 ${digits(3)} ${digits(3)} ${digits(4)}` },
    },
    'documents-ready': { kind: 'checklist', value: ['passport', 'permit', 'pay-slips'] },
    'leave-date': { kind: 'date', value: '2026-12-14' },
    'safe-to-call': { kind: 'yesNo', value: 'yes' },
    'places-to-go': {
      kind: 'group',
      value: [
        { place: { kind: 'shortText', value: randomText(60) } },
        { place: { kind: 'shortText', value: randomText(60) } },
      ],
    },
  };
  const plan: Plan = {
    formatVersion: 1,
    id,
    templateId: 'workplace-safety',
    templateVersion: 3,
    title: randomText(40),
    language: 'en',
    createdAt: now,
    updatedAt: now,
    answers,
    earlierAnswers: [],
  };
  let size = utf8Length(plan);
  for (let n = 1; size < targetBytes; n++) {
    // Long answers of up to ~2 KB, the last one trimmed toward the target.
    const missing = targetBytes - size;
    const text = randomText(Math.max(16, Math.min(2000, Math.ceil(missing * 0.9))));
    answers[`notes-${n}`] = { kind: 'longText', value: text };
    size = utf8Length(plan);
  }
  return plan;
}

/** The same plan after an edit, as autosave would write it: new text in one answer. */
export function editPlan(plan: Plan): Plan {
  const answers = { ...plan.answers };
  const key = 'notes-1' in answers ? 'notes-1' : (Object.keys(answers)[0] ?? 'notes-1');
  const current = answers[key];
  const length = current?.kind === 'longText' ? current.value.length : 200;
  answers[key] = { kind: 'longText', value: randomText(length) };
  return { ...plan, answers, updatedAt: new Date().toISOString() };
}

/** UTF-8 length of a value's JSON (what the vault pads and encrypts). */
export function jsonBytes(value: unknown): number {
  return utf8Length(value);
}

/**
 * A plan with `answers` free-text answers of about `bytesPerAnswer` characters each, and a
 * template that asks exactly those questions (so a self-opening file keeps every answer).
 */
export function answeredPlan(
  id: string,
  answers: number,
  bytesPerAnswer: number,
): { plan: Plan; template: Template } {
  const items: Item[] = [];
  const values: Record<string, Answer> = {};
  for (let n = 1; n <= answers; n++) {
    const itemId = `q${n}`;
    items.push({ id: itemId, kind: 'longText', label: { en: `Question ${n}` } });
    values[itemId] = { kind: 'longText', value: randomText(bytesPerAnswer) };
  }
  const template: Template = {
    formatVersion: 1,
    id: 'bench-template',
    version: 1,
    title: { en: 'Bench' },
    summary: { en: 'Bench' },
    jurisdiction: 'CA',
    asOf: '2026-11-29',
    sources: [],
    authors: [{ name: 'Bench' }],
    licence: 'CC-BY-SA-4.0',
    languages: ['en'],
    translations: { en: { status: 'draft' } },
    // Sections of 20 questions, like a long real template.
    sections: Array.from({ length: Math.ceil(answers / 20) }, (_, s) => ({
      id: `s${s + 1}`,
      title: { en: `Section ${s + 1}` },
      audience: ['me' as const],
      items: items.slice(s * 20, s * 20 + 20),
    })),
  };
  const now = new Date().toISOString();
  const plan: Plan = {
    formatVersion: 1,
    id,
    templateId: template.id,
    templateVersion: template.version,
    title: randomText(40),
    language: 'en',
    createdAt: now,
    updatedAt: now,
    answers: values,
    earlierAnswers: [],
  };
  return { plan, template };
}
