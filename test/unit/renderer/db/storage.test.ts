import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage, storageState } from '../../../../renderer/db/storage';

function fakeStorage(persisted: boolean, grant: boolean) {
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => grant),
    estimate: vi.fn(async () => ({ usage: 5_000_000, quota: 80_000_000_000 })),
  } as unknown as StorageManager & { persist: ReturnType<typeof vi.fn> };
}

describe('persistent storage', () => {
  it('asks only when the data is not kept permanently yet, and reports the answer', async () => {
    const kept = fakeStorage(true, false);
    expect(await requestPersistentStorage(kept)).toBe(true);
    expect(kept.persist).not.toHaveBeenCalled();
    const refused = fakeStorage(false, false);
    expect(await requestPersistentStorage(refused)).toBe(false);
    expect(refused.persist).toHaveBeenCalledOnce();
    expect(await requestPersistentStorage(fakeStorage(false, true))).toBe(true);
  });

  it('says "cannot tell" where the engine has no storage manager', async () => {
    expect(await requestPersistentStorage(undefined)).toBeNull();
    expect(await storageState(undefined)).toEqual({ persisted: null });
  });

  it('reports usage, quota and persistence together', async () => {
    expect(await storageState(fakeStorage(false, false))).toEqual({ persisted: false, usage: 5_000_000, quota: 80_000_000_000 });
  });
});
