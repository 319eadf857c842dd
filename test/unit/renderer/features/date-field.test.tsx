// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AsOfField } from '../../../../renderer/features/committees/AsOfField';
import { DateField } from '../../../../renderer/features/common/DateField';
import type { DatePrecision } from '../../../../renderer/i18n/date-input';
import { initI18n, switchLocale } from '../../../../renderer/i18n/i18n';
import { provideBrowserApisForMantine } from '../mantine-in-jsdom';

const LABEL = 'Date';

/** A page with an "as of" date, showing the date it is at. */
function AsOfPage({ initial }: { initial: string }) {
  const [asOf, setAsOf] = useState(initial);
  return (
    <>
      <AsOfField label={LABEL} asOf={asOf} onChange={setAsOf} />
      <output data-testid="as-of">{asOf}</output>
    </>
  );
}

/** A form field that keeps whatever the field hands on, and can be reset from outside. */
function FormField({ initial, precision }: { initial: string; precision?: DatePrecision }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField label={LABEL} value={value} onChange={setValue} precision={precision} />
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue('2018-10-29')}>
        reset
      </button>
    </>
  );
}

const input = () => screen.getByRole('textbox', { name: LABEL }) as HTMLInputElement;

/** Types `text` one character at a time, as a keyboard does, after emptying the field. */
function typeKeys(text: string) {
  fireEvent.focus(input());
  fireEvent.change(input(), { target: { value: '' } });
  for (let end = 1; end <= text.length; end += 1) fireEvent.change(input(), { target: { value: text.slice(0, end) } });
}

beforeAll(async () => {
  provideBrowserApisForMantine();
  await initI18n('ru');
});

afterEach(async () => {
  cleanup();
  await switchLocale('ru');
});

const renderIn = (ui: React.ReactElement) => render(<MantineProvider>{ui}</MantineProvider>);

// Rendering Mantine in jsdom key by key is slow on a shared machine.
describe('DateField', { timeout: 30_000 }, () => {
  it('shows the date in the UI language’s order and keeps every half-typed state as typed', () => {
    renderIn(<AsOfPage initial="2020-05-01" />);
    expect(input().value).toBe('01.05.2020');
    fireEvent.focus(input());
    fireEvent.change(input(), { target: { value: '' } });
    const typed = '06.01.2020';
    for (let end = 1; end < typed.length; end += 1) {
      fireEvent.change(input(), { target: { value: typed.slice(0, end) } });
      expect(input().value).toBe(typed.slice(0, end));
      expect(screen.getByTestId('as-of').textContent).toBe('2020-05-01');
    }
    fireEvent.change(input(), { target: { value: typed } });
    expect(screen.getByTestId('as-of').textContent).toBe('2020-01-06');
    expect(input().value).toBe(typed);
  });

  it('does not rewrite a date that is whole before it is finished (2019. 6. 3 on the way to 2019. 6. 30.)', async () => {
    await switchLocale('ko');
    renderIn(<AsOfPage initial="2020-05-01" />);
    expect(input().value).toBe('2020. 05. 01.');
    fireEvent.focus(input());
    const typed = '2019. 6. 30.';
    for (let end = 0; end <= typed.length; end += 1) {
      fireEvent.change(input(), { target: { value: typed.slice(0, end) } });
      expect(input().value).toBe(typed.slice(0, end));
    }
    expect(screen.getByTestId('as-of').textContent).toBe('2019-06-30');
    fireEvent.blur(input());
    expect(input().value).toBe('2019. 06. 30.');
  });

  it('says, once the field is left, what to type, and which date the page still shows', () => {
    renderIn(<AsOfPage initial="2020-05-01" />);
    typeKeys('06.01.20');
    expect(screen.queryByText(/дд\.мм\.гггг/)).toBeNull();
    fireEvent.blur(input());
    expect(input().value).toBe('06.01.20');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(new RegExp(i18next.t('dates.pattern.day').replaceAll('.', '\\.'))).textContent).toContain(
      i18next.t('dates.stillShowing', { date: new Intl.DateTimeFormat('ru-RU', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2020, 4, 1)) }),
    );
    typeKeys('31.02.2020');
    expect(screen.getByText(new RegExp(i18next.t('dates.impossible')))).toBeTruthy();
    typeKeys('31.03.2020');
    expect(input().getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByTestId('as-of').textContent).toBe('2020-03-31');
  });

  it('writes a whole date out in full once left, and hands half-typed text to a form so it refuses it', () => {
    renderIn(<FormField initial="" />);
    typeKeys('6.1.2020');
    expect(screen.getByTestId('value').textContent).toBe('2020-01-06');
    fireEvent.blur(input());
    expect(input().value).toBe('06.01.2020');
    typeKeys('06.01');
    expect(screen.getByTestId('value').textContent).toBe('06.01');
    typeKeys('');
    expect(screen.getByTestId('value').textContent).toBe('');
  });

  it('shows a value set from outside, and rewrites the text when the language changes', async () => {
    renderIn(<FormField initial="2026-12-06" />);
    expect(input().value).toBe('06.12.2026');
    fireEvent.click(screen.getByRole('button', { name: 'reset' }));
    expect(input().value).toBe('29.10.2018');
    await act(() => switchLocale('ko'));
    expect(input().value).toBe('2018. 10. 29.');
  });

  it('takes a month without a day where the precision allows it', () => {
    renderIn(<FormField initial="2018-10" precision="month" />);
    expect(input().value).toBe('10.2018');
    typeKeys('11.2019');
    expect(screen.getByTestId('value').textContent).toBe('2019-11');
    typeKeys('29.11.2019');
    expect(screen.getByTestId('value').textContent).toBe('2019-11-29');
  });
});
