/**
 * Schema migrations for the IndexedDB data. Versions are integers. Each step is a pure
 * function from the whole data of version n-1 to version n, so it can be tested on a
 * fixture without a browser; db.ts reads the data in the upgrade transaction, runs the
 * chain, and writes the result back. Structural changes (new object stores) live in db.ts.
 *
 * History:
 *   1 — header store (key "header": format version + key slots) and records store
 *       (key [store, id], value { store, id, data: encrypted blob }).
 */

/** The schema version this code writes. */
export const SCHEMA_VERSION = 1;

/** Everything stored, as plain data (fields stay `unknown` where a version may change them). */
export interface Snapshot {
  header: unknown;
  records: Array<{ store: string; id: string; data: unknown }>;
}

/** A pure step from version n-1 to version n. */
export type Migration = (old: Snapshot) => Snapshot;

/** Steps keyed by the version they produce. Version 1 is the first, so none yet. */
// Object.freeze, not a bare `{}`: Vite 8 (rolldown) dropped the empty literal from the
// worker bundle and left `MIGRATIONS` undefined at run time.
export const MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({});

/** True if any data step lies between the versions (so the upgrade must rewrite data). */
export function needsDataMigration(
  from: number,
  to: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): boolean {
  for (let version = from + 1; version <= to; version++) if (migrations[version]) return true;
  return false;
}

/** Applies every step from `from` to `to` in order; versions without a step are unchanged. */
export function migrateSnapshot(
  snapshot: Snapshot,
  from: number,
  to: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): Snapshot {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from) {
    throw new RangeError(`Cannot migrate from version ${from} to ${to}.`);
  }
  let current = snapshot;
  for (let version = from + 1; version <= to; version++) {
    const step = migrations[version];
    if (step) current = step(current);
  }
  return current;
}
