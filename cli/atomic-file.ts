import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type AtomicWriteOptions = {
  /** false: fail with EEXIST rather than replace a file that is already there. */
  overwrite: boolean;
  /** Permission bits of a new file (before the umask); 0o600 for files holding a private key. */
  mode?: number;
};

/**
 * Writes a file so that readers and crashes see either the old content or the whole new one:
 * the text goes to a temporary file next to the target, is flushed to disk, then renamed over it
 * (or hard-linked, which never replaces an existing file).
 */
export async function writeFileAtomic(path: string, text: string, options: AtomicWriteOptions): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`);
  const handle = await open(temp, 'wx', options.mode ?? 0o644);
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) await rename(temp, path);
    else await linkExclusive(temp, path);
  } finally {
    await rm(temp, { force: true });
  }
}

async function linkExclusive(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    // Some removable-disk file systems (FAT, exFAT) have no hard links; an exclusive copy is the next best thing.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    await copyFile(from, to, constants.COPYFILE_EXCL);
  }
}
