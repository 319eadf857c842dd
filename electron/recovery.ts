import type { Locale } from '../shared/i18n/locales';
import { translate } from '../shared/i18n/resources';

/** The parts of a BrowserWindow the watchdog uses, so it can be tested without Electron. */
export type WatchedWindow = {
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  isDestroyed(): boolean;
  webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode: number }) => void): unknown;
    reload(): void;
    forcefullyCrashRenderer(): void;
  };
};

/** Shows a question with buttons and resolves with the index chosen; an abort signal closes it unanswered. */
export type Ask = (question: { title: string; message: string; detail: string; buttons: string[]; signal?: AbortSignal }) => Promise<number>;

/** Crashes closer together than this count as "keeps crashing". */
const CRASH_WINDOW_MS = 60_000;

/**
 * Watches the window's renderer. When it crashes (or is killed), main offers to reload it; when it
 * hangs, main offers to wait or reload, and closes the question by itself if the window recovers.
 * Committed data is in IndexedDB, whose transactions are all-or-nothing, and each form's draft is
 * kept as it is typed, so a reload brings back everything but the last keystrokes.
 */
export function watchRenderer(window: WatchedWindow, ask: Ask, locale: () => Locale, quit: () => void, now: () => number = Date.now): void {
  const t = (key: string, values?: Record<string, string>) => translate(locale(), key, values);
  let crashes: number[] = [];
  let hang: AbortController | null = null;
  /** Set while main ends a hung renderer itself: that exit is not a crash to report. */
  let endingHungRenderer = false;

  window.webContents.on('render-process-gone', (_event, details) => {
    // A clean exit is the window closing, not a failure.
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    if (endingHungRenderer) {
      endingHungRenderer = false;
      return;
    }
    hang?.abort();
    const time = now();
    crashes = [...crashes.filter((at) => time - at < CRASH_WINDOW_MS), time];
    const repeated = crashes.length >= 3;
    void ask({
      title: t('app.name'),
      message: t(repeated ? 'recovery.crashedAgain' : 'recovery.crashed'),
      detail: `${t('recovery.safe')}\n\n${t('recovery.reason', { reason: details.reason, code: String(details.exitCode) })}`,
      buttons: [t('recovery.reload'), t('recovery.quit')],
    }).then((choice) => {
      if (window.isDestroyed()) return;
      if (choice === 0) window.webContents.reload();
      else quit();
    });
  });

  window.on('unresponsive', () => {
    if (hang || window.isDestroyed()) return;
    hang = new AbortController();
    const signal = hang.signal;
    void ask({ title: t('app.name'), message: t('recovery.hung'), detail: t('recovery.safe'), buttons: [t('recovery.wait'), t('recovery.reload')], signal }).then((choice) => {
      hang = null;
      if (signal.aborted || window.isDestroyed() || choice !== 1) return;
      // A hung renderer cannot reload itself: end it, then load the page again.
      endingHungRenderer = true;
      window.webContents.forcefullyCrashRenderer();
      window.webContents.reload();
    });
  });

  window.on('responsive', () => {
    hang?.abort();
    hang = null;
  });
}
