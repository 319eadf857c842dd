import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../electron/origin-policy';
import { lockDown, type LockableContents } from '../../../electron/security';

/** A web contents as the lock-down sees it: its events and its window-open handler. */
function fakeContents() {
  const events = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: LockableContents = {
    on: (event: string, listener: (...args: never[]) => void) => events.on(event, listener as (...args: unknown[]) => void),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const attempt = (event: string, ...args: unknown[]) => {
    let prevented = false;
    events.emit(event, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  };
  return { contents, attempt, open: (url: string) => openHandler!({ url }) };
}

describe('every web contents the app creates', () => {
  it('opens no window for window.open, not even the system browser for a web link', () => {
    const fake = fakeContents();
    lockDown(fake.contents, [APP_ORIGIN]);
    for (const url of ['https://example.com/?data=secret', 'http://evil.test/', 'file:///etc/passwd', `${APP_ORIGIN}/index.html`]) {
      expect(fake.open(url), url).toEqual({ action: 'deny' });
    }
  });

  it('navigates only within the app, and attaches no <webview>', () => {
    const fake = fakeContents();
    lockDown(fake.contents, [APP_ORIGIN]);
    expect(fake.attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(fake.attempt('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(fake.attempt('will-navigate', `${APP_ORIGIN}/index.html#/members`)).toBe(false);
    expect(fake.attempt('will-attach-webview')).toBe(true);
  });
});
