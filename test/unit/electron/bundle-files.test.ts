import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlePathFromArgv, isBundlePath, readBundleFile, withExtension } from '../../../electron/bundle-files';

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

  it('takes only .nearbundle files from outside, whichever way they come (the same check for macOS\'s open-file)', () => {
    expect(isBundlePath('/Users/kim/Downloads/from-hyogo.nearbundle')).toBe(true);
    expect(isBundlePath('/Users/kim/Documents/notes.txt')).toBe(false);
    expect(isBundlePath('/Users/kim/.ssh/id_ed25519')).toBe(false);
    expect(isBundlePath('--inspect=0.nearbundle')).toBe(false);
  });

  it('gives a file saved from a dialog the extension it must have, unless it has it already', () => {
    expect(withExtension('/home/kim/update.bat', 'nearbundle')).toBe('/home/kim/update.bat.nearbundle');
    expect(withExtension('/home/kim/to-pohang', 'nearbundle')).toBe('/home/kim/to-pohang.nearbundle');
    expect(withExtension('C:\\Users\\kim\\to-pohang.NEARBUNDLE', 'nearbundle')).toBe('C:\\Users\\kim\\to-pohang.NEARBUNDLE');
    expect(withExtension('/home/kim/members.csv', 'csv')).toBe('/home/kim/members.csv');
  });
});
