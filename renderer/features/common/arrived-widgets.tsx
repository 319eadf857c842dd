import { Select, Tooltip } from '@mantine/core';
import { cloneElement, type ReactElement } from 'react';
import type { ArrivalProps } from './deferred';
import type { DeferredSelectProps, DeferredTooltipProps } from './deferred-widgets';

// The real widgets behind deferred-widgets' stand-ins, in a module of their own so that they, with
// the combobox and the positioning library, load after the first screen.

/** Mantine's Select, open if its stand-in was opened. */
export function ArrivedSelect({ ref, openOnArrival, ...props }: DeferredSelectProps & ArrivalProps) {
  return <Select {...props} data={[...props.data]} ref={ref as React.Ref<HTMLInputElement>} defaultDropdownOpened={openOnArrival} />;
}

/** Mantine's Tooltip, with the ref on its target as the stand-in had it. */
export function ArrivedTooltip({ ref, openOnArrival: _openOnArrival, children, ...props }: DeferredTooltipProps & ArrivalProps) {
  return <Tooltip {...props}>{cloneElement(children as ReactElement<{ ref?: unknown }>, { ref })}</Tooltip>;
}
