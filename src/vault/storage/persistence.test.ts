import { describe, expect, it } from 'vitest';
import { requestPersistence } from './persistence.ts';

describe('asking the browser to keep our data', () => {
  it('reports persistence and usage when the browser grants it', async () => {
    const status = await requestPersistence({
      persisted: async () => false,
      persist: async () => true,
      estimate: async () => ({ usage: 1200, quota: 5_000_000 }),
    });
    expect(status).toEqual({ persisted: true, usage: 1200, quota: 5_000_000 });
  });

  it('reports "not persisted" where the API is missing or refuses', async () => {
    expect(await requestPersistence(undefined)).toEqual({
      persisted: false,
      usage: undefined,
      quota: undefined,
    });
    const refusing = await requestPersistence({
      persist: async () => {
        throw new Error('denied');
      },
    });
    expect(refusing.persisted).toBe(false);
  });
});
