import { describe, expect, it } from 'vitest';
import { VaultCore } from '../core.ts';
import { parseHeader } from '../header.ts';
import { testSodium, uniqueDbName } from '../test-harness.ts';
import { openVaultStorage } from './db.ts';
import { createV1Layout, V1_SECRETS, V1_SNAPSHOT, V1_VALUES } from './fixtures/v1.ts';
import {
  type Migration,
  migrateSnapshot,
  needsDataMigration,
  SCHEMA_VERSION,
  type Snapshot,
} from './migrations.ts';

/** Writes a fixture into a raw database of the given version, as that version's app would. */
function loadFixture(
  name: string,
  version: number,
  layout: (db: IDBDatabase) => void,
  snapshot: Snapshot,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      layout(request.result);
      const tx = request.transaction;
      tx?.objectStore('header').put(snapshot.header, 'header');
      for (const row of snapshot.records) tx?.objectStore('records').put(row);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

/** Every earlier schema version with its fixture (add one per new version). */
const FIXTURES = [{ version: 1, layout: createV1Layout, snapshot: V1_SNAPSHOT }];

describe('schema migrations', () => {
  it.each(FIXTURES)(
    'a vault stored by schema version $version opens with today’s code',
    async ({ version, layout, snapshot }) => {
      const name = uniqueDbName();
      await loadFixture(name, version, layout, snapshot);
      const storage = await openVaultStorage({ name });
      const core = new VaultCore({ sodium: await testSodium(), storage });
      await core.unlock({ passphrase: V1_SECRETS.passphrase });
      expect(await core.list('plans')).toEqual([{ ...V1_VALUES.plan, ok: true }]);
      expect(await core.read('settings', 'app')).toEqual({ ...V1_VALUES.settings, ok: true });
      core.lock();
      await core.unlock({ recoveryCode: V1_SECRETS.recoveryCode });
      expect(core.unlocked).toBe(true);
      storage.close();
    },
  );

  it.each(FIXTURES)(
    'the pure chain turns version $version data into a valid current header',
    ({ version, snapshot }) => {
      const migrated = migrateSnapshot(snapshot, version, SCHEMA_VERSION);
      expect(() => parseHeader(migrated.header)).not.toThrow();
      expect(migrated.records).toHaveLength(snapshot.records.length);
    },
  );

  it('applies steps in order, skips versions without one, and never mutates its input', () => {
    const step =
      (tag: string): Migration =>
      (old) => ({ ...old, header: [...(old.header as string[]), tag] });
    const chain = { 2: step('to-2'), 4: step('to-4') };
    const input: Snapshot = Object.freeze({ header: Object.freeze(['v1']), records: [] });
    expect(migrateSnapshot(input, 1, 4, chain).header).toEqual(['v1', 'to-2', 'to-4']);
    expect(migrateSnapshot(input, 2, 4, chain).header).toEqual(['v1', 'to-4']);
    expect(input.header).toEqual(['v1']);
    expect(needsDataMigration(1, 3, chain)).toBe(true);
    expect(needsDataMigration(2, 3, chain)).toBe(false);
  });

  it('refuses to go backwards', () => {
    expect(() => migrateSnapshot(V1_SNAPSHOT, 2, 1)).toThrow(RangeError);
    expect(() => migrateSnapshot(V1_SNAPSHOT, 0, 1)).toThrow(RangeError);
  });

  it('an upgrade runs the pure steps over the stored data inside the upgrade transaction', async () => {
    const name = uniqueDbName();
    await loadFixture(name, 1, createV1Layout, V1_SNAPSHOT);
    const toV2: Migration = (old) => ({
      header: { ...(old.header as object), note: 'v2' },
      records: old.records.map((row) => ({ ...row, id: `${row.id}2` })),
    });
    const storage = await openVaultStorage({
      name,
      schema: { version: 2, migrations: { 2: toV2 } },
    });
    expect(await storage.readHeader()).toMatchObject({ format: 1, note: 'v2' });
    expect((await storage.listRecords('plans')).map((row) => row.id)).toEqual([
      `${V1_VALUES.plan.id}2`,
    ]);
    storage.close();
  });

  it('a failing step aborts the upgrade and leaves the old data as it was', async () => {
    const name = uniqueDbName();
    await loadFixture(name, 1, createV1Layout, V1_SNAPSHOT);
    const broken: Migration = () => {
      throw new Error('bug in a migration');
    };
    await expect(
      openVaultStorage({ name, schema: { version: 2, migrations: { 2: broken } } }),
    ).rejects.toThrow();
    const storage = await openVaultStorage({ name });
    expect(await storage.readHeader()).toEqual(V1_SNAPSHOT.header);
    storage.close();
  });
});
