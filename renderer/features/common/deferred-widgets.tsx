import { ComboboxChevron, ComboboxHiddenInput, InputBase, type SelectProps, type TooltipProps } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { cloneElement, type KeyboardEvent, type PointerEvent, type ReactElement } from 'react';
import { deferred, type StandInProps } from './deferred';

/** The Select props the app's first screen uses; options are plain value–label pairs. */
export type DeferredSelectProps = Pick<SelectProps, 'label' | 'value' | 'onChange' | 'allowDeselect' | 'leftSection' | 'w' | 'comboboxProps'> & {
  data: ReadonlyArray<{ value: string; label: string }>;
  'aria-label'?: string;
  'data-testid'?: string;
};

/** The Tooltip props the app uses; the target is one element that takes a ref. */
export type DeferredTooltipProps = Pick<TooltipProps, 'label' | 'openDelay' | 'position' | 'withArrow' | 'multiline' | 'maw'> & { children: ReactElement };

/** The keys that open a closed Select, as Mantine's combobox target handles them. */
const OPENING_KEYS = new Set(['Enter', ' ', 'ArrowDown', 'ArrowUp']);

/**
 * A closed Select as Mantine draws it (same classes, attributes and chevron; the stand-in's test
 * compares the two), without the combobox and the positioning library behind its dropdown. A click
 * or an opening key calls the Select, which arrives open.
 */
export function SelectStandIn({ data, value, onChange: _onChange, allowDeselect: _allowDeselect, comboboxProps: _comboboxProps, wake, ref, ...others }: DeferredSelectProps & StandInProps) {
  const id = useId();
  const open = (event: KeyboardEvent) => {
    if (!OPENING_KEYS.has(event.key)) return;
    event.preventDefault();
    wake(true);
  };
  return (
    <>
      <InputBase
        id={id}
        {...others}
        ref={ref as React.Ref<HTMLInputElement>}
        __staticSelector="Select"
        rightSection={<ComboboxChevron size="sm" />}
        rightSectionPointerEvents="none"
        pointer
        readOnly
        role="combobox"
        aria-haspopup="listbox"
        aria-expanded={false}
        autoComplete="off"
        value={data.find((option) => option.value === value)?.label ?? ''}
        onFocus={() => wake()}
        onPointerEnter={() => wake()}
        onClick={() => wake(true)}
        onKeyDown={open}
      />
      <ComboboxHiddenInput value={value ?? null} />
    </>
  );
}

/** A tooltip's target alone, as it is while the tooltip is closed; a pointer over it calls the tooltip. */
export function TooltipStandIn({ children, wake, ref }: DeferredTooltipProps & StandInProps) {
  const target = children as ReactElement<{ ref?: unknown; onPointerEnter?: (event: PointerEvent) => void }>;
  return cloneElement(target, {
    ref,
    onPointerEnter: (event: PointerEvent) => {
      wake();
      target.props.onPointerEnter?.(event);
    },
  });
}

const arrived = () => import('./arrived-widgets');

/** Mantine's Select, loaded when the window is first idle; its stand-in looks the same. */
export const DeferredSelect = deferred<DeferredSelectProps>(() => arrived().then((module) => module.ArrivedSelect), SelectStandIn);

/** Mantine's Tooltip, loaded when the window is first idle; until then its target shows alone. */
export const DeferredTooltip = deferred<DeferredTooltipProps>(() => arrived().then((module) => module.ArrivedTooltip), TooltipStandIn);
