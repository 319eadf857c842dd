import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlePathFromArgv, readBundleFile, writeFileAtomically } from '../../../electron/bundle-files';

describe('bundle files opened from outside the window', () => {
  it('finds the double-clicked bundle among the launch arguments, skipping flags and other files', () => {
    expect(bundlePathFromArgv(['C:\\NEAR Desk\\NEAR Desk.exe', '--allow-file-access', 'D:\\USB\\pohang.nearbundle'])).toBe('D:\\USB\\pohang.nearbundle');
    expect(bundlePathFromArgv(['/opt/near-desk/near-desk', '/home/kim/Hyogo.NEARBUNDLE'])).toBe('/home/kim/Hyogo.NEARBUNDLE');
    expect(bundlePathFromArgv(['/opt/near-desk/near-desk', '--inspect=9229', '/home/kim/notes.txt'])).toBeNull();
    // The executable itself is never taken for a file, even if someone renamed it.
    expect(bundlePathFromArgv(['/tmp/evil.nearbundle'])).toBeNull();
  });

  it('reads a bundle file\'s bytes exactly as they are on disk (the window decodes them strictly), and refuses a folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'near-bundle-files-'));
    const path = join(dir, 'from-hyogo.nearbundle');
    // A stray 0xFF byte: a lenient UTF-8 read would turn it into U+FFFD and hide the damage.
    const bytes = new Uint8Array([...new TextEncoder().encode('{"office":"'), 0xff, ...new TextEncoder().encode('"}')]);
    await writeFile(path, bytes);
    await expect(readBundleFile(path)).resolves.toEqual({ name: 'from-hyogo.nearbundle', data: bytes });
    await expect(readBundleFile(dir)).rejects.toThrow('Not a file');
  });

  it('writes a bundle in full or not at all, leaving no partial file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'near-bundle-files-'));
    const path = join(dir, 'to-pohang.nearbundle');
    await writeFileAtomically(path, '{"content":"会谈"}');
    expect(await readFile(path, 'utf8')).toBe('{"content":"会谈"}');
    expect(await readdir(dir)).toEqual(['to-pohang.nearbundle']);
  });
});
