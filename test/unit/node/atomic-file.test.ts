import { mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../../node/atomic-file';

// The temporary name's random part, fixed so a test can plant something under it first.
const RANDOM = Buffer.from('0123456789abcdef', 'hex');
vi.mock('node:crypto', async (original) => ({ ...(await original<typeof Crypto>()), randomBytes: () => RANDOM }));
const temporaryOf = (dir: string, name: string) => join(dir, `.${name}.${RANDOM.toString('hex')}.tmp`);

const workspace = () => mkdtemp(join(tmpdir(), 'near-atomic-'));

const writers = {
  async: writeFileAtomic,
  sync: async (...args: Parameters<typeof writeFileAtomicSync>) => writeFileAtomicSync(...args),
};

describe.each(Object.entries(writers))('the atomic writer (%s)', (_kind, write) => {
  it('writes the whole file, replaces an old one when asked, and leaves nothing beside it', async () => {
    const dir = await workspace();
    const path = join(dir, 'to-pohang.nearbundle');
    await write(path, '{"content":"会谈"}', { overwrite: true });
    await write(path, new Uint8Array([0x7b, 0x7d]), { overwrite: true });
    expect(await readFile(path, 'utf8')).toBe('{}');
    expect(await readdir(dir)).toEqual(['to-pohang.nearbundle']);
  });

  it('never replaces an existing file unless asked, and leaves it as it was', async () => {
    const dir = await workspace();
    const path = join(dir, 'store.json');
    await writeFile(path, 'mine');
    await expect(write(path, 'theirs', { overwrite: false })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(path, 'utf8')).toBe('mine');
    expect(await readdir(dir)).toEqual(['store.json']);
  });

  // Windows lets only administrators make symbolic links.
  it.skipIf(process.platform === 'win32')('never follows a symbolic link planted under its temporary name, and leaves the link alone', async () => {
    const dir = await workspace();
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'precious');
    const planted = temporaryOf(dir, 'backup.nearbackup');
    await symlink(victim, planted);
    await expect(write(join(dir, 'backup.nearbackup'), 'attacker-controlled?', { overwrite: true })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect((await readdir(dir)).sort()).toEqual([planted.slice(dir.length + 1), 'victim.txt'].sort());
  });

  it('leaves a user\'s own file named like the old fixed temporary name (X.partial) untouched', async () => {
    const dir = await workspace();
    await writeFile(join(dir, 'report.pdf.partial'), 'my notes');
    await write(join(dir, 'report.pdf'), 'PDF', { overwrite: true });
    expect(await readFile(join(dir, 'report.pdf.partial'), 'utf8')).toBe('my notes');
  });

  it.skipIf(process.platform === 'win32')('creates the file with the mode asked for (0600 for backups and keys)', async () => {
    const dir = await workspace();
    await write(join(dir, 'a.nearbackup'), 'x', { overwrite: false, mode: 0o600 });
    await write(join(dir, 'b.json'), 'x', { overwrite: true, mode: 0o600 });
    expect((await stat(join(dir, 'a.nearbackup'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'b.json'))).mode & 0o777).toBe(0o600);
  });
});
