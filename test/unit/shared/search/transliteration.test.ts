import { describe, expect, it } from 'vitest';
import { latinKey, queryWords, wordMatches } from '../../../../shared/search/transliteration';
import { normalizeForSearch } from '../../../../shared/domain/names';

/** Whether every word of `query` is found in `text` as the global search looks for it. */
function finds(query: string, text: string): boolean {
  const plain = normalizeForSearch(text);
  const latin = latinKey(text);
  return queryWords(query).every((word) => wordMatches(word, plain, () => latin));
}

describe('transliteration-tolerant search', () => {
  it.each([
    ['Kyongsang', 'Gyeongsangbuk-do'],
    ['Kyŏngsang-pukto', 'Gyeongsangbuk-do'],
    ['kyeongsang', 'Gyeongsangnam-do'],
    ['Chollanam', 'Jeollanam-do'],
    ["Ch'ungch'ŏng", 'Chungcheongbuk-do'],
    ['Pusan', 'Busan Metropolitan City'],
    ['Taegu', 'Daegu'],
    ['Cheju', 'Jeju Special Self-Governing Province'],
    ['Hokkaidou', 'Hokkaido'],
    ['Hokkaidō', 'Hokkaido'],
    ['Hokkaido', 'Hokkaidou Prefecture'],
    ['Tohkyoh', 'Tokyo'],
    ['Primorskiy', 'Primorsky Krai'],
    ['Primorskii kray', 'Primorsky Krai'],
    ['Primorye', 'Primorsky Krai'],
    ['Primorsky', 'Primorye region'],
    ['Habarovsk', 'Khabarovsk Krai'],
    ['Jilin', 'Kirin Province'],
    ['Kirin', 'Jilin Province'],
    ['Chilin', 'Jilin'],
    ['Oryol', 'Orel Oblast'],
    ['Yekaterinburg', 'Ekaterinburg'],
    ['Simane', 'Shimane Prefecture'],
    ['Tusima', 'Tsushima'],
    ['Hukui', 'Fukui'],
    ['TOTTORI', 'Tottori Prefecture'],
  ])('%s finds %s', (query, text) => {
    expect(finds(query, text)).toBe(true);
  });

  it.each([
    ['Kyongsang', 'Jeollanam-do'],
    ['Hokkaido', 'Hyogo Prefecture'],
    ['Primorye', 'Khabarovsk Krai'],
    ['Jilin', 'Heilongjiang Province'],
    ['Gangwon', 'Gyeonggi-do'],
  ])('%s does not find %s', (query, text) => {
    expect(finds(query, text)).toBe(false);
  });

  it('finds any script as typed, ignoring case and width, without transliterating it', () => {
    expect(finds('庆尚', '庆尚北道')).toBe(true);
    expect(finds('경상', '경상북도')).toBe(true);
    expect(finds('приморский', 'Приморский край')).toBe(true);
    expect(finds('ＨＹＯＧＯ', 'Hyogo')).toBe(true);
    expect(queryWords('庆尚 Приморье')).toEqual([
      { plain: '庆尚', latin: '' },
      { plain: 'приморье', latin: '' },
    ]);
  });

  it('needs every word of the query', () => {
    expect(finds('Kyongsang tourism', 'Gyeongsangbuk-do Tourism Corporation')).toBe(true);
    expect(finds('Kyongsang forum', 'Gyeongsangbuk-do Tourism Corporation')).toBe(false);
  });

  it('keeps a plain match even where folding across words would lose it', () => {
    // "Tokyo university" folds "ou" across the joined words; the plain text still holds the word.
    expect(finds('university', 'Tokyo university')).toBe(true);
  });

  it('builds the Latin key only when the plain text fails', () => {
    let built = 0;
    const latin = () => {
      built += 1;
      return latinKey('Gyeongsangbuk-do');
    };
    const [word] = queryWords('gyeongsang');
    expect(wordMatches(word, normalizeForSearch('Gyeongsangbuk-do'), latin)).toBe(true);
    expect(built).toBe(0);
    const [variant] = queryWords('kyongsang');
    expect(wordMatches(variant, normalizeForSearch('Gyeongsangbuk-do'), latin)).toBe(true);
    expect(built).toBe(1);
  });

  it('has no Latin key for text without Latin letters', () => {
    expect(latinKey('兵庫県 효고현')).toBe('');
  });
});
