import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../shared/i18n/locales';
import { askBeforeUnload, type AskNow } from '../../../electron/unsaved-changes';

/** Window contents whose renderer holds back an unload; records whether main let it go ahead. */
function unloading(ask: AskNow, locale: (typeof LOCALES)[number] = 'en') {
  const contents = new EventEmitter();
  askBeforeUnload({ on: (event, listener) => contents.on(event, listener) }, ask, () => locale);
  return () => {
    let proceeded = false;
    contents.emit('will-prevent-unload', { preventDefault: () => (proceeded = true) });
    return proceeded;
  };
}

describe('closing a window with unsaved changes', () => {
  it('asks, and stays when the user says so', () => {
    const questions: Parameters<AskNow>[0][] = [];
    const tryClosing = unloading((question) => (questions.push(question), 0));
    expect(tryClosing()).toBe(false);
    expect(questions).toHaveLength(1);
    expect(questions[0].message).toBe('You have changes that are not saved.');
    expect(questions[0].buttons).toEqual(['Stay', 'Leave and keep the draft']);
    expect(questions[0].detail).toMatch(/draft/);
  });

  it('closes, keeping the draft, when the user chooses to leave', () => {
    expect(unloading(() => 1)()).toBe(true);
  });

  it('asks in the app’s language, every text translated', () => {
    const seen = new Map<string, Parameters<AskNow>[0]>();
    for (const locale of LOCALES) unloading((question) => (seen.set(locale, question), 0), locale)();
    for (const locale of LOCALES.filter((other) => other !== 'en')) {
      const question = seen.get(locale)!;
      expect(question.message, locale).not.toBe(seen.get('en')!.message);
      expect(question.detail, locale).not.toBe(seen.get('en')!.detail);
      expect(new Set(question.buttons).size, locale).toBe(2);
      expect(question.buttons, locale).not.toEqual(seen.get('en')!.buttons);
    }
  });
});
