import { resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl, resolveAppPath } from '../../../electron/origin-policy';

const root = resolve('/opt/near-desk/renderer');

describe('origin policy', () => {
  it('accepts only the app origin (and a dev server when one is configured)', () => {
    expect(isAppUrl('app://near-desk/index.html#/members', [APP_ORIGIN])).toBe(true);
    expect(isAppUrl('app://evil/index.html', [APP_ORIGIN])).toBe(false);
    expect(isAppUrl('https://example.com/', [APP_ORIGIN])).toBe(false);
    expect(isAppUrl('file:///etc/passwd', [APP_ORIGIN])).toBe(false);
    expect(isAppUrl('http://localhost:5173/', [APP_ORIGIN, 'http://localhost:5173'])).toBe(true);
    expect(isAppUrl('not a url', [APP_ORIGIN])).toBe(false);
  });

  it('serves files under the renderer folder and nothing outside it', () => {
    expect(resolveAppPath('app://near-desk/', root, resolve, sep)).toBe(resolve(root, 'index.html'));
    expect(resolveAppPath('app://near-desk/assets/index.js', root, resolve, sep)).toBe(resolve(root, 'assets/index.js'));
    expect(resolveAppPath('app://near-desk/../../etc/passwd', root, resolve, sep)).toBe(resolve(root, 'etc/passwd'));
    // Encoded slashes survive URL parsing as one segment and only become ".." after decoding.
    expect(resolveAppPath('app://near-desk/..%2f..%2f..%2fetc%2fpasswd', root, resolve, sep)).toBeNull();
    // A backslash is a separator on Windows; refuse it everywhere rather than trust the platform.
    expect(resolveAppPath('app://near-desk/..%5c..%5cwindows', root, resolve, sep)).toBeNull();
    expect(resolveAppPath('app://other-host/index.html', root, resolve, sep)).toBeNull();
  });
});
