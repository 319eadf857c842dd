import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import type { FieldErrors, FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../shared/i18n/locales';
import { useFieldError } from './use-field-error';

type Props<T extends FieldValues> = {
  legend: string;
  /** Form path of the names object, e.g. "names". */
  prefix: string;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  withNative?: boolean;
  /** Languages whose name is required (English always is). */
  required?: readonly string[];
};

/** Inputs for a name in the six languages (and the native form): English first, it is required. */
export function NamesFieldset<T extends FieldValues>({ legend, prefix, register, errors, withNative, required = ['en'] }: Props<T>) {
  const { t } = useTranslation();
  const fieldError = useFieldError(errors);
  const order: Array<Locale | 'native'> = ['en', ...(withNative ? (['native'] as const) : []), ...LOCALES.filter((locale) => locale !== 'en')];
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {order.map((language) => {
          const path = `${prefix}.${language}` as Path<T>;
          return (
            <TextInput
              key={language}
              label={t(`languages.${language}`)}
              lang={language === 'native' ? undefined : language}
              withAsterisk={required.includes(language) || language === 'native'}
              error={fieldError(path)}
              {...register(path)}
            />
          );
        })}
      </SimpleGrid>
    </Fieldset>
  );
}
