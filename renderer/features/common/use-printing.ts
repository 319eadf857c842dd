import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the window is being printed. A list that shows only part of its rows on screen (the
 * virtualised timeline) renders all of them for the printer while this is true. The state changes
 * synchronously in `beforeprint`, so the rows are in the page before the browser lays it out.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const media = window.matchMedia('print');
    const begin = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(media.matches);
    const change = (event: MediaQueryListEvent) => (event.matches ? begin() : end());
    window.addEventListener('beforeprint', begin);
    window.addEventListener('afterprint', end);
    media.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', begin);
      window.removeEventListener('afterprint', end);
      media.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
