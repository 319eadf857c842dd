// @vitest-environment jsdom
import { ActionIcon, MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { deferred, type ArrivalProps, type StandInProps } from '../../../../../renderer/features/common/deferred';
import { ArrivedSelect, ArrivedTooltip } from '../../../../../renderer/features/common/arrived-widgets';
import { SelectStandIn, TooltipStandIn, type DeferredSelectProps } from '../../../../../renderer/features/common/deferred-widgets';
import { ExportMenu } from '../../../../../renderer/features/common/ExportMenu';
import { ExportMenuStandIn } from '../../../../../renderer/features/common/ListActions';
import { initI18n } from '../../../../../renderer/i18n/i18n';
import { provideBrowserApisForMantine } from '../../mantine-in-jsdom';

const OPTIONS = [
  { value: 'en', label: 'English' },
  { value: 'zh', label: '中文' },
];

/** The markup a render leaves, with generated ids (React's or Mantine's random ones) numbered in order of appearance. */
function markup(ui: ReactElement): string {
  const { container } = render(<MantineProvider>{ui}</MantineProvider>);
  const html = container.innerHTML;
  cleanup();
  const ids = new Map<string, string>();
  const numbered = (id: string) => {
    if (!ids.has(id)) ids.set(id, `id-${ids.size}`);
    return ids.get(id) as string;
  };
  return html.replace(/ (id|for)="([^"]*)"/g, (_attribute, name: string, id: string) => ` ${name}="${id.replace(/^mantine-[\w]+/, numbered)}"`);
}

const standInProps = { ref: () => undefined, wake: () => undefined } satisfies StandInProps;
const arrivalProps = { ref: () => undefined, openOnArrival: false } satisfies ArrivalProps;

beforeAll(async () => {
  provideBrowserApisForMantine();
  await initI18n('en');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('stand-ins draw what the closed widget draws', { timeout: 30_000 }, () => {
  it.each<[string, DeferredSelectProps]>([
    ['the header’s language select', { 'aria-label': 'Language', data: OPTIONS, value: 'zh', allowDeselect: false, leftSection: <b>文</b>, w: 150, comboboxProps: { withinPortal: true }, 'data-testid': 'language-switcher' }],
    ['a labelled filter', { label: 'Country', data: [{ value: '', label: 'All countries' }, ...OPTIONS], value: '', allowDeselect: false, w: 220, 'data-testid': 'filter-country' }],
  ])('%s', (_name, props) => {
    expect(markup(<SelectStandIn {...props} {...standInProps} />)).toBe(markup(<ArrivedSelect {...props} {...arrivalProps} />));
  });

  it('the export menu’s button', () => {
    const list = { title: 'Members', table: () => ({ columns: [], rows: [] }) };
    expect(markup(<ExportMenuStandIn {...list} {...standInProps} />)).toBe(markup(<ExportMenu {...list} {...arrivalProps} />));
  });

  it('a tooltip’s target', () => {
    const target = (
      <ActionIcon variant="default" aria-label="Shortcuts">
        K
      </ActionIcon>
    );
    expect(markup(<TooltipStandIn label="Shortcuts (F1)" {...standInProps}>{target}</TooltipStandIn>)).toBe(
      markup(
        <ArrivedTooltip label="Shortcuts (F1)" {...arrivalProps}>
          {target}
        </ArrivedTooltip>,
      ),
    );
  });
});

/** A deferred component whose code arrives when the test says, as a button that shows how it came. */
function controlledArrival() {
  let arrive = () => undefined as void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const load = vi.fn(() => arrived.then(() => ({ ref, openOnArrival }: ArrivalProps) => <button ref={ref as React.Ref<HTMLButtonElement>}>{openOnArrival ? 'real, open' : 'real'}</button>));
  const StandIn = ({ ref, wake }: StandInProps) => (
    <button ref={ref as React.Ref<HTMLButtonElement>} onFocus={() => wake()} onClick={() => wake(true)}>
      stand-in
    </button>
  );
  return { Component: deferred<object>(load, StandIn), load, arrive: () => act(async () => arrive()) };
}

describe('deferred', () => {
  it('shows the stand-in, fetches the code when the window is idle, then shows the real component', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const { Component, load, arrive } = controlledArrival();
    render(<Component />);
    expect(screen.getByRole('button').textContent).toBe('stand-in');
    expect(load).not.toHaveBeenCalled();
    act(() => idle.forEach((callback) => callback()));
    expect(load).toHaveBeenCalledTimes(1);
    await arrive();
    expect(screen.getByRole('button').textContent).toBe('real');
  });

  it('fetches at once when the user reaches for the stand-in, and hands over focus and the opening', async () => {
    vi.stubGlobal('requestIdleCallback', () => 0);
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const { Component, load, arrive } = controlledArrival();
    render(<Component />);
    const standIn = screen.getByRole('button');
    act(() => standIn.focus());
    expect(load).toHaveBeenCalledTimes(1);
    fireEvent.click(standIn);
    await arrive();
    const real = screen.getByRole('button');
    expect(real.textContent).toBe('real, open');
    expect(document.activeElement).toBe(real);
  });

  it('leaves focus where it is when the stand-in did not have it', async () => {
    vi.stubGlobal('requestIdleCallback', () => 0);
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const { Component, arrive } = controlledArrival();
    render(
      <>
        <input aria-label="elsewhere" />
        <Component />
      </>,
    );
    const elsewhere = screen.getByRole('textbox');
    fireEvent.pointerEnter(screen.getByRole('button'));
    fireEvent.click(screen.getByRole('button'));
    act(() => elsewhere.focus());
    await arrive();
    expect(screen.getByRole('button').textContent).toBe('real, open');
    expect(document.activeElement).toBe(elsewhere);
  });
});
