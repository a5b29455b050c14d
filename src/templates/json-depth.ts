/** What {@link measureJson} found. */
export type JsonShape = 'ok' | 'too-deep' | 'too-large';

/**
 * Checks the nesting depth and node count of a parsed JSON value without recursion,
 * so that a hostile file of 100 000 nested arrays cannot overflow the stack of the
 * (recursive) schema validator that runs next.
 */
export function measureJson(
  value: unknown,
  limits: { maxDepth: number; maxNodes: number },
): JsonShape {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const top = stack.pop();
    if (top === undefined) break;
    nodes += 1;
    if (nodes > limits.maxNodes) return 'too-large';
    if (top.value === null || typeof top.value !== 'object') continue;
    const depth = top.depth + 1;
    if (depth > limits.maxDepth) return 'too-deep';
    const children = Array.isArray(top.value) ? top.value : Object.values(top.value);
    for (const child of children) stack.push({ value: child, depth });
  }
  return 'ok';
}
