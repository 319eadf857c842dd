import { basename } from 'node:path';
import type { OpenedFile } from '../shared/ipc/contract';
import type { Locale } from '../shared/i18n/locales';
import { translate } from '../shared/i18n/resources';
import { isBundlePath } from './bundle-files';

/** What the inbox needs of main, so it can be tested without Electron. */
export type InboxShell = {
  read(path: string): Promise<OpenedFile>;
  /** Hands a file to the window's import preview; false when there is no window to take it. */
  send(file: OpenedFile): boolean;
  focus(): void;
  /** Tells the user a file was not opened (an error box). */
  refuse(title: string, message: string): void;
  locale(): Locale;
};

/** The window's events that end its listening: a reload or navigation, a renderer that crashed or was killed. */
export type ListeningContents = {
  on(event: 'did-start-navigation', listener: (details: { isMainFrame: boolean; isSameDocument: boolean }) => void): unknown;
  on(event: 'render-process-gone', listener: () => void): unknown;
};

/**
 * Bundle files opened from outside the window (a double-click, "Open with", a second launch,
 * macOS's open-file) on their way to the import preview. A file is sent only while the page
 * listens: from its ready signal (the preload asking for waiting files) until it reloads,
 * navigates or its renderer goes away. In between, files wait here and are handed over at the
 * next ready signal, so a file double-clicked while the window reloads is not lost.
 */
export class BundleInbox {
  private waiting: OpenedFile[] = [];
  private listening = false;

  constructor(private readonly shell: InboxShell) {}

  /** Reads and delivers a file from outside; anything but a .nearbundle file is refused unread. */
  async open(path: string): Promise<void> {
    const t = (key: string, values?: Record<string, string>) => translate(this.shell.locale(), key, values);
    if (!isBundlePath(path)) {
      this.shell.refuse(t('sync.import.openFailed'), t('sync.import.notBundleFile', { name: basename(path) }));
      return;
    }
    let file: OpenedFile;
    try {
      file = await this.shell.read(path);
    } catch (error) {
      this.shell.refuse(t('sync.import.openFailed'), String(error));
      return;
    }
    if (!this.listening || !this.shell.send(file)) this.waiting.push(file);
    this.shell.focus();
  }

  /** The page's ready signal: it listens from now on, and takes the files that waited. */
  take(): OpenedFile[] {
    this.listening = true;
    const files = this.waiting;
    this.waiting = [];
    return files;
  }

  /** Stops sending whenever the window's page goes away; the next page's ready signal resumes. */
  watch(contents: ListeningContents): void {
    contents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) this.listening = false;
    });
    contents.on('render-process-gone', () => {
      this.listening = false;
    });
  }
}
