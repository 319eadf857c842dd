import { mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFileFor } from '../../../electron/app-files';

/** A renderer folder as the build leaves it, beside a secret it must never serve. */
async function rendererFolder() {
  const base = await realpath(await mkdtemp(join(tmpdir(), 'near-app-files-')));
  const root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'index.js'), '');
  await writeFile(join(base, 'secret.json'), '{"key":"…"}');
  return { base, root };
}

describe('what app:// serves', () => {
  it('a file under the renderer folder, and index.html for the root', async () => {
    const { root } = await rendererFolder();
    expect(await appFileFor('app://near-desk/', root)).toBe(join(root, 'index.html'));
    expect(await appFileFor('app://near-desk/assets/index.js', root)).toBe(join(root, 'assets', 'index.js'));
  });

  it('not a folder, nor a file that is not there', async () => {
    const { root } = await rendererFolder();
    expect(await appFileFor('app://near-desk/assets', root)).toBeNull();
    expect(await appFileFor('app://near-desk/assets/', root)).toBeNull();
    expect(await appFileFor('app://near-desk/missing.js', root)).toBeNull();
  });

  it.skipIf(process.platform === 'win32')('not a file a symbolic link inside the folder points to outside it', async () => {
    const { base, root } = await rendererFolder();
    await symlink(join(base, 'secret.json'), join(root, 'assets', 'leak.json'));
    await symlink(base, join(root, 'up'));
    expect(await appFileFor('app://near-desk/assets/leak.json', root)).toBeNull();
    expect(await appFileFor('app://near-desk/up/secret.json', root)).toBeNull();
  });

  it('nothing that climbs out by its path', async () => {
    const { root } = await rendererFolder();
    expect(await appFileFor('app://near-desk/..%2fsecret.json', root)).toBeNull();
    expect(await appFileFor('app://elsewhere/index.html', root)).toBeNull();
  });
});
