import { Badge, VisuallyHidden } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLocalized, type AnyNames } from '../../../shared/domain/names';
import type { Locale } from '../../../shared/i18n/locales';
import { useFormat } from '../../i18n/use-format';
import { DeferredTooltip } from './deferred-widgets';

/**
 * Says that a text is shown in another language than the interface's: the language's code, the
 * whole sentence on hover and for screen readers ("Not available in Russian; shown in English").
 * `language` is absent for a name's native form, whose language the record does not say.
 */
export function FallbackMarker({ language }: { language?: Locale }) {
  const { t } = useTranslation();
  const label = t(`sample.fallback.${language ?? 'native'}`);
  return (
    <DeferredTooltip label={label} multiline maw={280}>
      <Badge
        component="span"
        size="xs"
        variant="outline"
        color="gray"
        ml={6}
        style={{ verticalAlign: 'middle', cursor: 'help', flexShrink: 0 }}
        data-testid="language-fallback"
        data-language={language ?? 'native'}
      >
        <span aria-hidden>{language ? language.toUpperCase() : <IconLanguage size={10} />}</span>
        <VisuallyHidden>{label}</VisuallyHidden>
      </Badge>
    </DeferredTooltip>
  );
}

/**
 * A record's text in the interface language. Where the record lacks that language and another is
 * shown instead, the text carries that language's `lang` (for fonts and screen readers) and a
 * marker says so, so a half-translated record never passes for a translated one. `empty` stands in
 * where the record has no text in any language.
 */
export function LocalizedText({ value, empty = null }: { value: AnyNames | undefined; empty?: ReactNode }) {
  const format = useFormat();
  const picked = pickLocalized(value ?? {}, format.locale);
  if (picked.text === '') return empty;
  if (!picked.fallback) return picked.text;
  return (
    <>
      <span lang={picked.language}>{picked.text}</span>
      <FallbackMarker language={picked.language} />
    </>
  );
}
