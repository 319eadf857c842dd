import type { NotificationData } from '@mantine/notifications';

/**
 * Shows a notification from code that runs on the first screen. The notifications' store comes
 * with their stack, which loads after the first screen (see App): importing the store statically
 * would bring the stack's code, transitions and all, to the window's start. Until it mounts, a
 * notification waits in the store.
 */
export function notify(data: NotificationData): void {
  void import('@mantine/notifications').then(({ notifications }) => notifications.show(data));
}
