import type * as v from 'valibot';

/** One problem an author can fix: where (a JSON path like `$.sections[2].items[0].kind`) and what. */
export interface TemplateError {
  path: string;
  message: string;
}

/** Appends one path segment: `.key` for plain keys, `["odd key"]` otherwise, `[n]` for indexes. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)
    ? `${base}.${key}`
    : `${base}[${JSON.stringify(key)}]`;
}

/** A value as shown in a message, cut short so a 4 MB string cannot flood the output. */
function shortReceived(received: string): string {
  return received.length > 60 ? `${received.slice(0, 57)}…` : received;
}

/**
 * Turns valibot issues into author-facing errors with JSON paths. `topLevelKeyHint`
 * is added to unknown-key errors at the top level (templates allow `x-…` keys there).
 */
export function fromValibotIssues(
  issues: readonly v.BaseIssue<unknown>[],
  topLevelKeyHint = '',
): TemplateError[] {
  return issues.map((issue) => {
    let path = '$';
    for (const item of issue.path ?? []) {
      const key = item.key;
      path = joinPath(path, typeof key === 'number' ? key : String(key));
    }
    const last = issue.path?.[issue.path.length - 1]?.key;
    if (issue.received === 'undefined' && typeof last === 'string') {
      return { path, message: `Missing required key "${last}"` };
    }
    if (issue.type === 'strict_object') {
      return {
        path,
        message: `Unknown key ${shortReceived(issue.received)}: check the spelling${issue.path?.length === 1 ? topLevelKeyHint : ''}`,
      };
    }
    const message = issue.message.replace(/^Invalid type: /, '');
    const generic = issue.received === 'Object' || issue.received === 'Array';
    const hasGot = message.includes('received');
    return {
      path,
      message: generic || hasGot ? message : `${message} (got ${shortReceived(issue.received)})`,
    };
  });
}
