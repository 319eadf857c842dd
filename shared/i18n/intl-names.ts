import { INTL_TAGS, type Locale } from './locales';

/**
 * Chromium, and so Electron, ships a reduced ICU without Mongolian: Intl quietly answers in
 * English there ("Vietnam", "Mar 2018"). These are CLDR's Mongolian names for what the app names
 * through Intl, used for Mongolian in every engine so the screens and the report read alike. The
 * six member countries are not here: the locale files name them (`countries.KR`).
 */
const MONGOLIAN_REGIONS: Record<string, string> = {
  AE: 'Арабын Нэгдсэн Эмират Улс',
  AF: 'Афганистан',
  AM: 'Армени',
  AZ: 'Азербайжан',
  BD: 'Бангладеш',
  BH: 'Бахрейн',
  BN: 'Бруней',
  BR: 'Бразил',
  BT: 'Бутан',
  GE: 'Гүрж',
  ID: 'Индонез',
  IN: 'Энэтхэг',
  IQ: 'Ирак',
  IR: 'Иран',
  JO: 'Йордан',
  KG: 'Киргиз',
  KH: 'Камбож',
  KW: 'Кувейт',
  KZ: 'Казахстан',
  LA: 'Лаос',
  LB: 'Ливан',
  LK: 'Шри-Ланка',
  MM: 'Мьянмар',
  MV: 'Мальдив',
  MY: 'Малайз',
  NP: 'Балба',
  OM: 'Оман',
  PH: 'Филиппин',
  PK: 'Пакистан',
  QA: 'Катар',
  SA: 'Саудын Араб',
  SG: 'Сингапур',
  SY: 'Сири',
  TH: 'Тайланд',
  TJ: 'Тажикистан',
  TL: 'Тимор-Лесте',
  TM: 'Туркменистан',
  TR: 'Турк',
  TW: 'Тайвань',
  US: 'Америкийн Нэгдсэн Улс',
  UZ: 'Узбекистан',
  VN: 'Вьетнам',
  YE: 'Йемен',
};

/** A country's name from its ISO 3166-1 alpha-2 code, in `locale`; the code itself if unknown. */
export function regionNamer(locale: Locale): (code: string) => string {
  if (locale === 'mn') return (code) => MONGOLIAN_REGIONS[code] ?? code;
  const names = new Intl.DisplayNames([INTL_TAGS[locale]], { type: 'region' });
  return (code) => names.of(code) ?? code;
}

/** A month ("2018-03") as a chart axis names it: "Mar 2018", "2018年3月", "2018 оны 3-р сар". */
export function monthNamer(locale: Locale): (month: string) => string {
  // CLDR's Mongolian yMMM pattern, "y 'оны' LLL", with the abbreviated month "3-р сар".
  if (locale === 'mn') return (month) => `${month.slice(0, 4)} оны ${Number(month.slice(5, 7))}-р сар`;
  const format = new Intl.DateTimeFormat(INTL_TAGS[locale], { year: 'numeric', month: 'short', timeZone: 'UTC' });
  return (month) => format.format(new Date(`${month}-01T00:00:00Z`));
}
