/** Whether the keyboard has ⌘ for its command key (a Mac), as Electron's CmdOrCtrl reads it. */
export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);
