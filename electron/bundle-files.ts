import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { BUNDLE_EXTENSION } from '../shared/sync/bundle-format';
import { MAX_BUNDLE_BYTES } from '../shared/sync/limits';
import type { OpenedFile } from '../shared/ipc/contract';


/**
 * The bundle file a launch was asked to open: Windows and Linux pass the double-clicked file as
 * an argument (also to the running instance, via `second-instance`). Flags are skipped.
 */
export function bundlePathFromArgv(argv: readonly string[]): string | null {
  for (const argument of argv.slice(1)) {
    if (!argument.startsWith('-') && extname(argument).toLowerCase() === BUNDLE_EXTENSION) return argument;
  }
  return null;
}

/** Reads a bundle file for the renderer, which checks everything else (format, signature). */
export async function readBundleFile(path: string): Promise<OpenedFile> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`Not a file: ${path}`);
  if (info.size > MAX_BUNDLE_BYTES) throw new Error(`The file is larger than ${MAX_BUNDLE_BYTES} bytes: ${path}`);
  return { name: basename(path), data: new Uint8Array(await readFile(path)) };
}

/**
 * Writes beside the target, flushes it to the disk and renames, so a full disk, a crash or a power
 * cut never leaves half a file under the real name (and a failed write leaves no partial file).
 */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.partial`;
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
