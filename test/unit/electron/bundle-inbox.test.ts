import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { BundleInbox, type ListeningContents } from '../../../electron/bundle-inbox';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { translate } from '../../../shared/i18n/resources';

const bundle = (name: string): OpenedFile => ({ name, data: new TextEncoder().encode(`{"from":"${name}"}`) });

/** Main around the inbox: files on a fake disk, a window that may be there, and the error boxes shown. */
function harness(disk: Record<string, OpenedFile> = {}) {
  const sent: string[] = [];
  const refused: Array<{ title: string; message: string }> = [];
  const read: string[] = [];
  const state = { window: true };
  const inbox = new BundleInbox({
    read: async (path) => {
      read.push(path);
      const file = disk[path];
      if (!file) throw new Error(`ENOENT: no such file, ${path}`);
      return file;
    },
    send: (file) => state.window && Boolean(sent.push(file.name)),
    focus: () => undefined,
    refuse: (title, message) => void refused.push({ title, message }),
    locale: () => 'en',
  });
  const events = new EventEmitter();
  // An EventEmitter's `on` takes each of the two events the inbox listens to.
  inbox.watch(events as unknown as ListeningContents);
  const navigate = (details = { isMainFrame: true, isSameDocument: false }) => events.emit('did-start-navigation', details);
  const crash = () => events.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
  return { inbox, sent, refused, read, state, navigate, crash };
}

const disk = { '/home/kim/a.nearbundle': bundle('a.nearbundle'), '/home/kim/b.nearbundle': bundle('b.nearbundle') };

describe('bundles opened from outside the window', () => {
  it('wait until the window says it listens, then arrive once', async () => {
    const h = harness(disk);
    await h.inbox.open('/home/kim/a.nearbundle');
    expect(h.sent).toEqual([]);
    expect(h.inbox.take().map((file) => file.name)).toEqual(['a.nearbundle']);
    expect(h.inbox.take()).toEqual([]);
    await h.inbox.open('/home/kim/b.nearbundle');
    expect(h.sent).toEqual(['b.nearbundle']);
  });

  it.each([
    ['the window reloads', (h: ReturnType<typeof harness>) => h.navigate()],
    ['the renderer has crashed', (h: ReturnType<typeof harness>) => h.crash()],
  ])('double-clicked while %s, wait for the new page\'s ready signal and are delivered then', async (_when, away) => {
    const h = harness(disk);
    h.inbox.take();
    away(h);
    await h.inbox.open('/home/kim/a.nearbundle');
    expect(h.sent).toEqual([]);
    expect(h.inbox.take().map((file) => file.name)).toEqual(['a.nearbundle']);
  });

  it('go straight to the page while it moves between its own screens, or wait when there is no window', async () => {
    const h = harness(disk);
    h.inbox.take();
    h.navigate({ isMainFrame: true, isSameDocument: true });
    h.navigate({ isMainFrame: false, isSameDocument: false });
    await h.inbox.open('/home/kim/a.nearbundle');
    expect(h.sent).toEqual(['a.nearbundle']);
    h.state.window = false;
    await h.inbox.open('/home/kim/b.nearbundle');
    expect(h.inbox.take().map((file) => file.name)).toEqual(['b.nearbundle']);
  });

  it('are refused unread when they are not .nearbundle files (macOS\'s open-file with a .txt)', async () => {
    const h = harness({ '/Users/kim/notes.txt': bundle('notes.txt') });
    h.inbox.take();
    await h.inbox.open('/Users/kim/notes.txt');
    expect(h.read).toEqual([]);
    expect(h.sent).toEqual([]);
    expect(h.refused).toEqual([{ title: translate('en', 'sync.import.openFailed'), message: translate('en', 'sync.import.notBundleFile', { name: 'notes.txt' }) }]);
  });

  it('that cannot be read are reported, and nothing waits', async () => {
    const h = harness();
    await h.inbox.open('/media/usb/gone.nearbundle');
    expect(h.refused).toEqual([{ title: translate('en', 'sync.import.openFailed'), message: expect.stringContaining('ENOENT') }]);
    expect(h.inbox.take()).toEqual([]);
  });
});
