/** Pure URL rules for what the window may load, open and accept IPC from. */

/** The privileged custom scheme the renderer is served from (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'near-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The origin of a URL, or null when it cannot be parsed. */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Custom schemes report "null" as origin in WHATWG URL; rebuild it the way Chromium does.
    return parsed.origin === 'null' ? `${parsed.protocol}//${parsed.host}` : parsed.origin;
  } catch {
    return null;
  }
}

/** Whether `url` belongs to one of the renderer's own origins. */
export function isAppUrl(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

/** Whether `path` is `root` itself or lies under it (both absolute, with the platform's separator `sep`). */
export function isInsideFolder(path: string, root: string, sep: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Maps an app:// request path to a file under the renderer folder, or null for anything that
 * tries to climb out of it. `resolve` and `sep` come from node:path, so this stays testable anywhere.
 */
export function resolveAppPath(
  requestUrl: string,
  root: string,
  resolve: (...parts: string[]) => string,
  sep: string,
): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\\') || pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = resolve(root, relative);
  return isInsideFolder(file, root, sep) ? file : null;
}
