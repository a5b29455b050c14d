import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledTemplateText, minimalTemplate } from './test-template.ts';
import { type TemplateResult, validateTemplate } from './validate.ts';

type Key = string | number;
type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null;

/** Every path to a value inside `root` (the root itself excluded). */
function paths(root: unknown, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  if (!isContainer(root)) return out;
  const entries: Array<[Key, unknown]> = Array.isArray(root)
    ? [...root.entries()]
    : Object.entries(root);
  for (const [key, value] of entries) {
    out.push([...prefix, key]);
    paths(value, [...prefix, key], out);
  }
  return out;
}

function parentOf(root: Container, path: Key[]): Container | undefined {
  let node: unknown = root;
  for (const key of path.slice(0, -1))
    node = isContainer(node) ? (node as Record<Key, unknown>)[key] : undefined;
  return isContainer(node) ? node : undefined;
}

const mutation = fc.record({
  at: fc.nat(),
  action: fc.constantFrom('delete', 'replace', 'insert', 'huge'),
  value: fc.jsonValue({ maxDepth: 4 }),
});
type Mutation = { at: number; action: string; value: unknown };

function mutate(root: Container, { at, action, value }: Mutation): void {
  const all = paths(root);
  const path = all[at % Math.max(all.length, 1)];
  if (!path) return;
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  if (!parent || key === undefined) return;
  const target = parent as Record<Key, unknown>;
  if (action === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete target[key];
  } else if (action === 'replace') target[key] = value;
  else if (action === 'huge') target[key] = 'ᚠ<script>'.repeat(2000 + (at % 5000));
  else {
    const child = target[key];
    if (Array.isArray(child)) child.push(value);
    else if (isContainer(child)) (child as Record<string, unknown>)[`junk${at}`] = value;
    else target[key] = [value, { deeper: value }];
  }
}

function expectWellFormed(result: TemplateResult): void {
  if (result.ok) {
    expect(typeof result.template.id).toBe('string');
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.path).toMatch(/^\$/);
    expect(error.message.length).toBeGreaterThan(0);
  }
}

describe('validateTemplate on hostile input', () => {
  const workplace: unknown = JSON.parse(bundledTemplateText('workplace-safety'));

  it('never throws on random mutations of a valid template, and always explains a rejection', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (mutations, asText) => {
          const template = structuredClone(minimalTemplate());
          for (const m of mutations) mutate(template, m);
          expectWellFormed(validateTemplate(asText ? JSON.stringify(template) : template));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on random mutations of a bundled template', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const template = structuredClone(workplace) as Container;
        for (const m of mutations) mutate(template, m);
        expectWellFormed(validateTemplate(template));
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary values or strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.json()), (input) => {
        expectWellFormed(validateTemplate(input));
      }),
      { numRuns: 300 },
    );
  });
});
