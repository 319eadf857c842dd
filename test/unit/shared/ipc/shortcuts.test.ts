import { describe, expect, it } from 'vitest';
import { acceleratorLabel, acceleratorOf, commandOfKeyPress, SHORTCUTS } from '../../../../shared/ipc/shortcuts';

const press = (code: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('keyboard shortcuts', () => {
  it('takes every menu accelerator from the key that names it, as the menu would', () => {
    expect(commandOfKeyPress(press('Digit1', { ctrlKey: true }), false)).toBe('navigate:members');
    expect(commandOfKeyPress(press('Digit4', { ctrlKey: true }), false)).toBe('navigate:follow-ups');
    expect(commandOfKeyPress(press('KeyL', { ctrlKey: true }), false)).toBe('visit:new');
    expect(commandOfKeyPress(press('KeyK', { ctrlKey: true }), false)).toBe('app:search');
    expect(commandOfKeyPress(press('Slash', { ctrlKey: true }), false)).toBe('app:shortcuts');
    expect(commandOfKeyPress(press('KeyN', { ctrlKey: true, shiftKey: true }), false)).toBe('committee:new');
    expect(commandOfKeyPress(press('KeyN', { ctrlKey: true }), false)).toBe('member:new');
    expect(commandOfKeyPress(press('KeyK', { metaKey: true }), true)).toBe('app:search');
  });

  it('leaves other keys to the page', () => {
    expect(commandOfKeyPress(press('KeyK'), false)).toBeUndefined();
    expect(commandOfKeyPress(press('KeyK', { metaKey: true }), false)).toBeUndefined();
    expect(commandOfKeyPress(press('KeyK', { ctrlKey: true }), true)).toBeUndefined();
    expect(commandOfKeyPress(press('KeyK', { ctrlKey: true, altKey: true }), false)).toBeUndefined();
    expect(commandOfKeyPress(press('KeyB', { ctrlKey: true }), false)).toBeUndefined();
    expect(commandOfKeyPress(press('Digit9', { ctrlKey: true }), false)).toBeUndefined();
  });

  it('has one command per accelerator', () => {
    const accelerators = SHORTCUTS.map((shortcut) => shortcut.accelerator);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('writes a shortcut as the platform does', () => {
    expect(acceleratorLabel(acceleratorOf('committee:new'), false)).toBe('Ctrl+Shift+N');
    expect(acceleratorLabel(acceleratorOf('committee:new'), true)).toBe('⌘⇧N');
    expect(acceleratorLabel(acceleratorOf('navigate:activity'), false)).toBe('Ctrl+3');
  });
});
