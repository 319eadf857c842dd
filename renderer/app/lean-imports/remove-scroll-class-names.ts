/**
 * What Mantine's AppShell takes from react-remove-scroll, given to it by vite.config.ts instead
 * (see LEAN_IMPORTS there): the class names by which a modal's scroll lock finds the fixed parts of
 * the window (the header) that must keep clear of the scrollbar it removes. The lock itself comes
 * with the modals.
 */
export const RemoveScroll = { classNames: { zeroRight: 'right-scroll-bar-position', fullWidth: 'width-before-scroll-bar' } } as const;
