import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

/**
 * What Mantine's ScrollArea takes from @floating-ui/react, given to it by vite.config.ts instead
 * (see LEAN_IMPORTS there): every ref gets the node, and is cleared (or its cleanup run) when the
 * node goes. Mantine's own useMergedRef does just that.
 */
export function useMergeRefs<T>(refs: ReadonlyArray<Ref<T> | undefined>) {
  return useMergedRef(...refs);
}
