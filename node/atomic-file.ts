/**
 * The one way main and the command-line tool write a file: readers and crashes see either the old
 * content or the whole new one, and nothing already on the disk is followed or destroyed on the way.
 *
 * The content goes to a temporary file beside the target with a random name, created exclusively
 * (`wx`: it fails on anything already there, a symbolic link planted under that name included, so
 * a link's target is never written through), with the mode asked for (0600 for backups and the
 * command-line store, before the umask), flushed to the disk, then renamed over the target (or
 * hard-linked, which never replaces an existing file). A user's own file never has the temporary
 * name, so it is never overwritten or deleted.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, copyFileSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { copyFile, link, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type AtomicWriteOptions = {
  /** false: fail with EEXIST rather than replace a file that is already there. */
  overwrite: boolean;
  /** Permission bits of a new file (before the umask); 0o600 for backups and files holding a private key. */
  mode?: number;
};

/** Permission bits when none are asked for: what an ordinary new file gets, narrowed by the umask. */
const DEFAULT_MODE = 0o666;

/** A name beside the target that no one can guess: 64 random bits, hidden, never the user's. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions): Promise<void> {
  const temp = temporaryPathFor(path);
  // Outside the try: if the exclusive create fails, whatever is under that name is not ours to remove.
  const handle = await open(temp, 'wx', options.mode ?? DEFAULT_MODE);
  let renamed = false;
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) {
      await rename(temp, path);
      renamed = true;
    } else {
      await linkExclusive(temp, path);
    }
  } finally {
    if (!renamed) await rm(temp, { force: true });
  }
}

/** The same write for the few callers that cannot wait (main's settings, written from window events). */
export function writeFileAtomicSync(path: string, data: string | Uint8Array, options: AtomicWriteOptions): void {
  const temp = temporaryPathFor(path);
  const descriptor = openSync(temp, 'wx', options.mode ?? DEFAULT_MODE);
  let renamed = false;
  try {
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let offset = 0; offset < bytes.byteLength; ) offset += writeSync(descriptor, bytes, offset);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    if (options.overwrite) {
      renameSync(temp, path);
      renamed = true;
    } else {
      linkExclusiveSync(temp, path);
    }
  } finally {
    if (!renamed) rmSync(temp, { force: true });
  }
}

async function linkExclusive(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    // Some removable-disk file systems (FAT, exFAT) have no hard links; an exclusive copy is the next best thing.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    await copyFile(from, to, constants.COPYFILE_EXCL);
  }
}

function linkExclusiveSync(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  }
}
