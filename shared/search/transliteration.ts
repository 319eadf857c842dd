import { normalizeForSearch } from '../domain/names';

/**
 * Folds the Latin spellings of Korean, Chinese, Japanese and Russian names to one form, so that a
 * place typed the way one romanisation writes it finds the record written in another (Kyongsang
 * finds Gyeongsang, Hokkaidou finds Hokkaido, Primorskiy and Primorye find Primorsky, Kirin finds
 * Jilin). The query and the text searched go through the same rules, in this order, on lower-case
 * text with its accents dropped (Kyŏngsang, Hokkaidō):
 *
 *  1. apostrophes of aspiration go (Ch'ungch'ŏng → chungchong);
 *  2. kh → h: Russian х (Khabarovsk, Habarovsk);
 *  3. Korean vowels: eo → o, eu → u (Revised Romanisation against McCune–Reischauer's ŏ and ŭ);
 *  4. Japanese long vowels: ou, oo, uu, and oh not before a vowel → o, u (Hokkaidou, Tohkyoh, Itoh);
 *  5. voiced and voiceless stops: g → k, d → t, b → p, and j → ch (Gyeongsang/Kyŏngsang,
 *     Busan/Pusan, Daegu/Taegu, Jeju/Cheju);
 *  6. Russian ё and е: yo, ye → e (Oryol/Orel, Yekaterinburg/Ekaterinburg); then yi, iy → i and a y
 *     before no vowel → i (Primorsky, Primorskiy, Primorskii);
 *  7. ki → chi: the Postal and Japanese ki is pinyin's ji (Kirin/Jilin, Kiangsu/Jiangsu);
 *  8. Japanese Kunrei against Hepburn: shi → si, tsu → tu, fu → hu;
 *  9. r → l: Korean and Japanese have one liquid (Kirin/Jilin, Jeolla);
 * 10. a doubled letter → one (Hokkaido/Hokaido).
 *
 * A query word also loses a Russian ending (-skiy, -sky, -skaya, -ye, -iya…) when four letters or
 * more remain, so the region (Primorye) finds the adjective (Primorsky Krai).
 *
 * The rules make unrelated words meet too (folding is generous), so callers search the plain text
 * first and the folded text only as a second chance: a transliteration adds matches, never removes one.
 */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/['’ʼ`]/g, ''],
  [/kh/g, 'h'],
  [/eo/g, 'o'],
  [/eu/g, 'u'],
  [/ou|oo|oh(?![aeiouy])/g, 'o'],
  [/uu/g, 'u'],
  [/g/g, 'k'],
  [/d/g, 't'],
  [/b/g, 'p'],
  [/j/g, 'ch'],
  [/y[oe]/g, 'e'],
  [/yi|iy/g, 'i'],
  [/y(?![aeiou])/g, 'i'],
  [/ki/g, 'chi'],
  [/shi/g, 'si'],
  [/tsu/g, 'tu'],
  [/fu/g, 'hu'],
  [/r/g, 'l'],
  [/([a-z])\1+/g, '$1'],
];

/** A run of Latin letters (with accents and apostrophes) in text already folded by `normalizeForSearch`. */
const LATIN_RUN = /[a-z\u00df-\u024f\u1e00-\u1eff'’ʼ`]+/g;
const ONLY_LATIN = /^[a-z\u00df-\u024f\u1e00-\u1eff'’ʼ`]+$/;
const RUSSIAN_ENDING = /^([a-z]{4,}?)(?:skiy|skii|skij|sky|ski|skaya|skaja|iye|iya|ye|ie|ia|ya)$/;

const ASCII = /^[a-z]*$/;

function withoutAccents(text: string): string {
  return ASCII.test(text) ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function foldRun(run: string): string {
  let result = withoutAccents(run);
  for (const [pattern, replacement] of RULES) result = result.replace(pattern, replacement);
  return result;
}

/**
 * The Latin parts of a text, each folded by the rules above and joined with a separator no query
 * contains; empty when the text has no Latin letters. About 5 µs a name: meant for names of
 * places and people (hundreds), not for every activity entry (100,000).
 */
export function latinKey(text: string): string {
  const runs = normalizeForSearch(text).match(LATIN_RUN);
  return runs ? runs.map(foldRun).join('\u0001') : '';
}

/** One word of a query: as typed (folded for case, width and spacing) and, if it is all Latin letters, by the rules above. */
export type QueryWord = { plain: string; latin: string };

/** Splits a query into words, each ready for `wordMatches`. */
export function queryWords(query: string): QueryWord[] {
  return query
    .split(/\s+/)
    .map(normalizeForSearch)
    .filter(Boolean)
    .map((plain) => {
      if (!ONLY_LATIN.test(plain)) return { plain, latin: '' };
      const unaccented = withoutAccents(plain);
      const stem = RUSSIAN_ENDING.exec(unaccented)?.[1] ?? unaccented;
      return { plain, latin: foldRun(stem) };
    });
}

/**
 * Whether a word occurs in a text: as typed in its plain form, or as a transliteration in its
 * Latin key. The key is asked for only when the plain text fails, so callers can build it lazily.
 */
export function wordMatches(word: QueryWord, plain: string, latin: () => string): boolean {
  return plain.includes(word.plain) || (word.latin !== '' && latin().includes(word.latin));
}
