import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { BUNDLE_EXTENSION } from '../../../shared/sync/bundle-format';

// js-yaml, ajv and scheme.json are the ones electron-builder itself reads and checks this file with
// (dependencies of app-builder-lib); js-yaml ships no types, hence the require.
const require = createRequire(import.meta.url);
const { load } = require('js-yaml') as { load(text: string): unknown };
const schema = require('app-builder-lib/scheme.json') as object;

const root = new URL('../../../', import.meta.url);
const raw = load(readFileSync(new URL('electron-builder.yml', root), 'utf8'));
const config = raw as Configuration;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(new URL(path, root));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it("matches electron-builder's own configuration schema", () => {
    expect(validate(raw), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('would catch a misspelt or mistyped option', () => {
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
    expect(validate({ ...config, nsis: { ...config.nsis, perMachine: 'yes' } })).toBe(false);
  });

  it('flips the security fuses in the packaged binary', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The renderer comes from app://, never file:// (electron/main.ts).
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the built app into an asar archive', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['out/electron/**/*', 'out/renderer/**/*', 'package.json', '!**/*.map']);
  });

  it('builds a per-machine NSIS installer, a dmg, an AppImage and a deb', () => {
    expect(config.win?.target).toBe('nsis');
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true });
    expect(config.mac?.target).toBe('dmg');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    // fpm refuses to build the deb without a homepage and a maintainer.
    expect(config.extraMetadata?.homepage).toMatch(/^https:\/\//);
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^@\s]+>$/);
  });

  it('opens sync bundles with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: BUNDLE_EXTENSION.slice(1), role: 'Editor' })]);
  });

  it('publishes nothing and so ships no auto-updater feed', () => {
    expect(config.publish).toBeNull();
  });

  it('points every platform at a square icon of at least 512 px (the macOS icns minimum)', () => {
    for (const platform of [config.win, config.mac, config.linux]) {
      const { width, height } = pngSize(platform?.icon ?? '');
      expect(width).toBe(height);
      expect(width).toBeGreaterThanOrEqual(512);
    }
  });
});
