/**
 * Deep equality of JSON-like values, ignoring key order and keys whose value is undefined
 * (JSON.stringify drops them). A plan read from a file and the same plan read from the
 * vault can differ in key order, yet must count as identical.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameJson(item, b[i]));
  }
  const left = definedEntries(a);
  const right = definedEntries(b);
  if (left.length !== right.length) return false;
  const rightByKey = new Map(right);
  return left.every(([key, value]) => rightByKey.has(key) && sameJson(value, rightByKey.get(key)));
}

function definedEntries(value: object): Array<[string, unknown]> {
  return Object.entries(value).filter(([, item]) => item !== undefined);
}
