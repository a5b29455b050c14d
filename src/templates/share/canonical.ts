/**
 * Canonical JSON: object keys sorted by UTF-16 code unit, no whitespace, keys whose value
 * is undefined dropped (as JSON.stringify does). Two parties that hold the same template
 * — whatever key order their files had — produce the same bytes, so a signature made on
 * one device verifies on another.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** True if two JSON-like values are the same once canonical (key order ignored). */
export function sameCanonical(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
