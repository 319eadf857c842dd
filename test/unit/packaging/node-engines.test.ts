import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// semver is the one npm itself checks `engines` with (here through electron-builder's dependencies);
// it ships no types, hence the require.
const require = createRequire(import.meta.url);
const semver = require('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string; engines?: { node?: string } }> };

/** The lowest Node of each part of a range such as "^22.13.0 || >=24": 22.13.0 and 24.0.0. */
const lowestOfEachPart = (range: string) => range.split('||').map((part) => semver.minVersion(part)?.version ?? `no version in "${part}"`);

describe('the Node package.json states (engines)', () => {
  it('runs every locked package, at the lowest Node of each part of the range', () => {
    for (const node of lowestOfEachPart(engines)) {
      const refusing = Object.entries(lock.packages)
        .filter(([path, entry]) => path !== '' && entry.engines?.node && !semver.satisfies(node, entry.engines.node))
        .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version} needs ${entry.engines?.node}`);
      expect(refusing, `Node ${node} is allowed by package.json's engines ("${engines}") but refused by`).toEqual([]);
    }
  });

  it('is what the lock records and what CI runs', () => {
    expect(lock.packages['']?.engines?.node).toBe(engines);
    const ciNode = /^NODE_VERSION=(\S+)$/m.exec(read('.ci/run'))?.[1] ?? 'none';
    expect(semver.satisfies(ciNode, engines), `.ci/run fetches Node ${ciNode}`).toBe(true);
  });
});
