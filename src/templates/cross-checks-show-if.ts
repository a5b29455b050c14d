import type { TemplateError } from './errors.ts';
import { indexTemplate, type TemplateIndex, walkItems } from './item-index.ts';
import { MAX_CONDITION_DEPTH } from './limits.ts';
import type { Condition, Template } from './types.ts';

/** A section or item that carries a condition. */
interface Conditioned {
  id: string;
  path: string;
  showIf: Condition | undefined;
  /** What must be visible for this to be visible: its section, or its group. */
  parent: string | undefined;
}

function conditioned(template: Template): Conditioned[] {
  const sections = template.sections.map((section, s) => ({
    id: section.id,
    path: `$.sections[${s}]`,
    showIf: section.showIf,
    parent: undefined,
  }));
  const items = [...walkItems(template)].map((entry) => ({
    id: entry.item.id,
    path: entry.path,
    showIf: entry.item.showIf,
    parent: entry.groupId ?? entry.sectionId,
  }));
  return [...sections, ...items];
}

/** Item ids a condition reads. */
export function conditionTargets(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionTargets);
  if ('any' in condition) return condition.any.flatMap(conditionTargets);
  if ('not' in condition) return conditionTargets(condition.not);
  return [condition.item];
}

function checkCondition(
  condition: Condition,
  path: string,
  index: TemplateIndex,
  depth: number,
): TemplateError[] {
  if (depth > MAX_CONDITION_DEPTH) {
    return [
      { path, message: `Conditions nest too deeply (at most ${MAX_CONDITION_DEPTH} levels)` },
    ];
  }
  if ('all' in condition || 'any' in condition) {
    const key = 'all' in condition ? 'all' : 'any';
    const list = 'all' in condition ? condition.all : condition.any;
    return list.flatMap((c, i) => checkCondition(c, `${path}.${key}[${i}]`, index, depth + 1));
  }
  if ('not' in condition) return checkCondition(condition.not, `${path}.not`, index, depth + 1);
  const target = index.items.get(condition.item);
  const itemPath = `${path}.item`;
  if (!target) return [{ path: itemPath, message: `No item has the id "${condition.item}"` }];
  if (target.groupId) {
    return [
      {
        path: itemPath,
        message: `"${condition.item}" is inside a group; conditions can only read items outside groups`,
      },
    ];
  }
  const { item } = target;
  if (item.kind === 'info' || item.kind === 'group') {
    return [
      {
        path: itemPath,
        message: `"${condition.item}" is a ${item.kind} item, which has no answer to test`,
      },
    ];
  }
  if ('equals' in condition) {
    if (item.kind === 'yesNo') {
      return condition.equals === 'yes' || condition.equals === 'no'
        ? []
        : [
            {
              path: `${path}.equals`,
              message: `Expected "yes" or "no" for the yes/no item "${item.id}"`,
            },
          ];
    }
    if (item.kind !== 'singleChoice') {
      return [
        {
          path: `${path}.equals`,
          message: `"equals" works with singleChoice and yesNo items; "${item.id}" is ${item.kind} (use "includes" for multipleChoice or checklist)`,
        },
      ];
    }
    return item.options.some((o) => o.id === condition.equals)
      ? []
      : [
          {
            path: `${path}.equals`,
            message: `"${item.id}" has no option "${condition.equals}" (options: ${item.options.map((o) => o.id).join(', ')})`,
          },
        ];
  }
  if ('includes' in condition) {
    if (item.kind !== 'multipleChoice' && item.kind !== 'checklist') {
      return [
        {
          path: `${path}.includes`,
          message: `"includes" works with multipleChoice and checklist items; "${item.id}" is ${item.kind}`,
        },
      ];
    }
    const choices = item.kind === 'checklist' ? item.entries : item.options;
    return choices.some((o) => o.id === condition.includes)
      ? []
      : [
          {
            path: `${path}.includes`,
            message: `"${item.id}" has no option "${condition.includes}" (options: ${choices.map((o) => o.id).join(', ')})`,
          },
        ];
  }
  return [];
}

/** Finds a dependency cycle by depth-first search; returns the ids along it, or undefined. */
function findCycle(start: string, edges: Map<string, string[]>): string[] | undefined {
  const trail: string[] = [];
  const done = new Set<string>();
  const visit = (id: string): string[] | undefined => {
    const at = trail.indexOf(id);
    if (at >= 0) return [...trail.slice(at), id];
    if (done.has(id)) return undefined;
    trail.push(id);
    for (const next of edges.get(id) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    done.add(id);
    return undefined;
  };
  return visit(start);
}

/**
 * Checks every `showIf`: its targets exist and can be tested that way, and no
 * condition depends (through sections and groups too) on itself.
 */
export function checkShowIf(template: Template): TemplateError[] {
  const index = indexTemplate(template);
  const nodes = conditioned(template);
  const errors = nodes.flatMap((node) =>
    node.showIf ? checkCondition(node.showIf, `${node.path}.showIf`, index, 1) : [],
  );
  if (errors.length > 0) return errors;
  // Edges: a node depends on the items its condition reads, and on its parent.
  const edges = new Map<string, string[]>();
  for (const node of nodes) {
    const deps = node.showIf ? conditionTargets(node.showIf) : [];
    edges.set(node.id, node.parent ? [...deps, node.parent] : deps);
  }
  for (const node of nodes) {
    if (!node.showIf) continue;
    const cycle = findCycle(node.id, edges);
    if (!cycle) continue;
    // Every cycle passes through a condition (parent links alone form a tree): report there.
    const at = nodes.find((n) => n.showIf && cycle.includes(n.id)) ?? node;
    return [{ path: `${at.path}.showIf`, message: `showIf forms a cycle: ${cycle.join(' → ')}` }];
  }
  return [];
}
