import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { isInsideFolder, resolveAppPath } from './origin-policy';

/**
 * The file an app:// request is answered with, or null (a 404). The request's path must name a
 * file under the renderer folder (resolveAppPath), and still does once every symbolic link on the
 * way is followed (a link in the folder pointing elsewhere serves nothing); a folder is not a file.
 */
export async function appFileFor(requestUrl: string, root: string): Promise<string | null> {
  const file = resolveAppPath(requestUrl, root, resolve, sep);
  if (!file) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!isInsideFolder(realFile, realRoot, sep)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}
