import { describe, expect, it } from 'vitest';
import { newerPatch, releaseIndex, stableVersions, type RegistryView } from '../../../scripts/electron-registry.mjs';

// The shape `npm view electron time dist-tags --json` prints, with the kinds of keys it has.
const view: RegistryView = {
  time: {
    created: '2015-03-25T00:00:00Z',
    modified: '2026-11-30T00:00:00Z',
    '44.2.0': '2026-10-01T00:00:00Z',
    '45.6.1': '2026-11-25T00:00:00Z',
    '45.10.0': '2026-12-01T00:00:00Z',
    '45.6.0': '2026-11-18T00:00:00Z',
    '46.0.0-beta.3': '2026-11-28T00:00:00Z',
    '9.4.4': '2021-01-01T00:00:00Z',
  },
  'dist-tags': { latest: '45.10.0', beta: '46.0.0-beta.3' },
};

describe('stableVersions', () => {
  it('keeps released versions only, newest first by number, not by text', () => {
    expect(stableVersions(view)).toEqual(['45.10.0', '45.6.1', '45.6.0', '44.2.0', '9.4.4']);
  });
});

describe('releaseIndex', () => {
  it("writes the list electronegativity's release check reads, with the latest tag where npm puts it", () => {
    const index = releaseIndex(view);
    expect(index[0]).toEqual({ tag_name: 'v45.10.0', version: '45.10.0', body: '', npm_dist_tags: ['latest'] });
    expect(index.filter((release) => release.npm_dist_tags[0] === 'latest')).toHaveLength(1);
    expect(index.map((release) => release.version)).not.toContain('46.0.0-beta.3');
  });
});

describe('newerPatch', () => {
  it('names the newest release of the locked major when the lock is behind it', () => {
    expect(newerPatch(view, '45.6.1')).toBe('45.10.0');
    expect(newerPatch(view, '44.0.0')).toBe('44.2.0');
  });

  it('is null when the lock is the newest of its major, or its major is unknown or unreadable', () => {
    expect(newerPatch(view, '45.10.0')).toBeNull();
    expect(newerPatch(view, '47.0.0')).toBeNull();
    expect(newerPatch(view, '45.6.1-beta.1')).toBeNull();
  });
});
