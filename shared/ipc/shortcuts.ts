import type { MenuCommand } from './contract';

/**
 * The keyboard shortcuts of the menu, in Electron's accelerator notation. The native menu binds
 * them, the browser build listens for the same keys, and the interface shows them (tooltips and
 * the shortcuts help), all from this one list.
 */
export const SHORTCUTS = [
  { command: 'navigate:members', accelerator: 'CmdOrCtrl+1' },
  { command: 'navigate:committees', accelerator: 'CmdOrCtrl+2' },
  { command: 'navigate:activity', accelerator: 'CmdOrCtrl+3' },
  { command: 'navigate:follow-ups', accelerator: 'CmdOrCtrl+4' },
  { command: 'app:search', accelerator: 'CmdOrCtrl+K' },
  { command: 'member:new', accelerator: 'CmdOrCtrl+N' },
  { command: 'committee:new', accelerator: 'CmdOrCtrl+Shift+N' },
  { command: 'visit:new', accelerator: 'CmdOrCtrl+L' },
  { command: 'bundle:import', accelerator: 'CmdOrCtrl+O' },
  { command: 'bundle:export', accelerator: 'CmdOrCtrl+E' },
  { command: 'backup:now', accelerator: 'CmdOrCtrl+Shift+B' },
  { command: 'app:print', accelerator: 'CmdOrCtrl+P' },
  { command: 'app:shortcuts', accelerator: 'CmdOrCtrl+/' },
] as const satisfies ReadonlyArray<{ command: MenuCommand; accelerator: string }>;

export type ShortcutCommand = (typeof SHORTCUTS)[number]['command'];

/** The accelerator of a menu command. */
export function acceleratorOf(command: ShortcutCommand): string {
  return SHORTCUTS.find((shortcut) => shortcut.command === command)?.accelerator ?? '';
}

/** The keys of a key press that an accelerator needs (Electron's own notation). */
export type KeyPress = { code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

/** The physical key an accelerator's last part names: by position, so Ctrl+K works on a Russian or Korean layout too. */
function keyCode(key: string): string {
  if (/^[A-Z]$/.test(key)) return `Key${key}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  return key === '/' ? 'Slash' : key;
}

/** The menu command a key press stands for, as the native menu would take it; undefined if none. */
export function commandOfKeyPress(press: KeyPress, isMac: boolean): ShortcutCommand | undefined {
  const command = isMac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  if (!command || press.altKey) return undefined;
  return SHORTCUTS.find(({ accelerator }) => {
    const parts = accelerator.split('+');
    const shift = parts.includes('Shift');
    return shift === press.shiftKey && keyCode(parts[parts.length - 1]) === press.code;
  })?.command;
}

/** An accelerator as the platform writes it: ⌘⇧N on a Mac, Ctrl+Shift+N elsewhere. */
export function acceleratorLabel(accelerator: string, isMac: boolean): string {
  const parts = accelerator.split('+').map((part) => {
    if (part === 'CmdOrCtrl') return isMac ? '⌘' : 'Ctrl';
    if (part === 'Shift') return isMac ? '⇧' : 'Shift';
    return part;
  });
  return parts.join(isMac ? '' : '+');
}
