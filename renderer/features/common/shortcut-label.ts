import { acceleratorLabel, acceleratorOf, type ShortcutCommand } from '../../../shared/ipc/shortcuts';
import { IS_MAC } from '../../platform/keyboard';

/** A menu command's shortcut as this keyboard writes it (Ctrl+1, or ⌘1 on a Mac). */
export function shortcutLabel(command: ShortcutCommand): string {
  return acceleratorLabel(acceleratorOf(command), IS_MAC);
}

/** The same shortcut for `aria-keyshortcuts`, which names keys as the DOM does (Control+1, Meta+1). */
export function ariaKeyShortcuts(command: ShortcutCommand): string {
  return acceleratorOf(command).replace('CmdOrCtrl', IS_MAC ? 'Meta' : 'Control');
}
