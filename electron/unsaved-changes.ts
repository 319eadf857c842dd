import type { Locale } from '../shared/i18n/locales';
import { translate } from '../shared/i18n/resources';

/** The part of a window's contents that reports a renderer holding back its unload. */
export type UnloadingContents = {
  on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): unknown;
};

/** Shows a question with buttons and returns the index chosen (synchronously: the unload waits for it). */
export type AskNow = (question: { title: string; message: string; detail: string; buttons: string[] }) => number;

/**
 * A form with unsaved changes holds back closing or reloading the window (its beforeunload); Electron
 * then only cancels, silently. Main asks instead, in the app's language: stay, or go on with the
 * changes kept as a draft (the renderer wrote it as it asked).
 */
export function askBeforeUnload(contents: UnloadingContents, ask: AskNow, locale: () => Locale): void {
  contents.on('will-prevent-unload', (event) => {
    const t = (key: string) => translate(locale(), key);
    const choice = ask({
      title: t('app.name'),
      message: t('common.unsavedBody'),
      detail: t('drafts.closeDetail'),
      buttons: [t('drafts.stay'), t('drafts.keep')],
    });
    // Preventing the event's default lets the unload go ahead despite the renderer.
    if (choice === 1) event.preventDefault();
  });
}
