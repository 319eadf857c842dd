import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { BUNDLE_EXTENSION } from '../shared/sync/bundle-format';
import { MAX_BUNDLE_BYTES } from '../shared/sync/limits';
import type { OpenedFile } from '../shared/ipc/contract';

/**
 * Whether a path handed to the app from outside may be opened as a bundle: a .nearbundle file, not
 * a flag. The one check for every way a file arrives (launch arguments, a second launch, macOS's
 * open-file event), so none of them reads any other file.
 */
export function isBundlePath(path: string): boolean {
  return !path.startsWith('-') && extname(path).toLowerCase() === BUNDLE_EXTENSION;
}

/**
 * The bundle file a launch was asked to open: Windows and Linux pass the double-clicked file as
 * an argument (also to the running instance, via `second-instance`). Flags are skipped.
 */
export function bundlePathFromArgv(argv: readonly string[]): string | null {
  return argv.slice(1).find(isBundlePath) ?? null;
}

/** Reads a bundle file for the renderer, which checks everything else (format, signature). */
export async function readBundleFile(path: string): Promise<OpenedFile> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`Not a file: ${path}`);
  if (info.size > MAX_BUNDLE_BYTES) throw new Error(`The file is larger than ${MAX_BUNDLE_BYTES} bytes: ${path}`);
  return { name: basename(path), data: new Uint8Array(await readFile(path)) };
}

/**
 * The path chosen in a save dialog, with the extension its file must have (without the dot): a
 * dialog that lets the user type any name (GTK's does) still writes a bundle as .nearbundle.
 */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === `.${extension}` ? path : `${path}.${extension}`;
}
