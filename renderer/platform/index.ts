import { API_KEY, type NearDeskApi } from '../../shared/ipc/contract';
import { browserPlatform } from './browser-platform';
import { electronPlatform } from './electron-platform';
import type { Platform } from './platform';

export type { Platform } from './platform';

/** The only place that knows which shell the renderer runs in. */
export function detectPlatform(): Platform {
  const api = (window as unknown as Record<string, NearDeskApi | undefined>)[API_KEY];
  return api ? electronPlatform(api) : browserPlatform();
}

/** The platform for this window, decided once at start-up. */
export const platform: Platform = detectPlatform();
