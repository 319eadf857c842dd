import { useEffect } from 'react';

export const QUESTION_MARK = '?';

/** Whether a key press is typing into a field, where "?" is a character rather than a command. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Opens the shortcuts help on "?" pressed outside a text field (Ctrl+/ comes through the menu's commands). */
export function useHelpKey(show: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== QUESTION_MARK || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
      event.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [show]);
}
