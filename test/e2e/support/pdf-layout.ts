import { execFileSync } from 'node:child_process';

/**
 * What a PDF's pages hold, as poppler reads them (`pdftotext -bbox-layout`): each line of text
 * with its box, in points from the page's top left. Enough to find text printed over other text,
 * text past the margin, and what the running footer says.
 */

export type Box = { xMin: number; yMin: number; xMax: number; yMax: number };
export type Word = Box & { text: string };
export type TextLine = Box & { text: string; words: Word[] };
export type PdfPage = { number: number; width: number; height: number; lines: TextLine[] };

const number = (attributes: string, name: string): number => Number(new RegExp(`${name}="([\\d.]+)"`).exec(attributes)?.[1]);
const box = (attributes: string): Box => ({
  xMin: number(attributes, 'xMin'),
  yMin: number(attributes, 'yMin'),
  xMax: number(attributes, 'xMax'),
  yMax: number(attributes, 'yMax'),
});
const unescape = (text: string) =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

/** The pages of the PDF at `path`, with their lines of text. */
export function readPdfLayout(path: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map(([, attributes, body], index) => ({
    number: index + 1,
    width: number(attributes, 'width'),
    height: number(attributes, 'height'),
    lines: [...body.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map(([, lineAttributes, content]) => {
      const words = [...content.matchAll(/<word ([^>]*)>([\s\S]*?)<\/word>/g)].map(([, wordAttributes, word]) => ({ ...box(wordAttributes), text: unescape(word) }));
      return { ...box(lineAttributes), text: words.map((word) => word.text).join(' '), words };
    }),
  }));
}

/**
 * The middle half of a line's box, down the page. Poppler's boxes span the font's whole ascent and
 * descent, so the boxes of consecutive lines overlap in CJK fonts; their middles never do, while
 * text printed over other text puts its middle on it.
 */
function core(line: Box): Box {
  const quarter = (line.yMax - line.yMin) / 4;
  return { ...line, yMin: line.yMin + quarter, yMax: line.yMax - quarter };
}

/** Whether two words are printed over each other: their middles share more than a sliver both across and down. */
function overlap(a: Box, b: Box): boolean {
  const [one, two] = [core(a), core(b)];
  const across = Math.min(one.xMax, two.xMax) - Math.max(one.xMin, two.xMin);
  const down = Math.min(one.yMax, two.yMax) - Math.max(one.yMin, two.yMin);
  return across > 1 && down > 0.5;
}

/**
 * Every pair of lines with words printed over each other, as "p.4: «Outcomes» over «Charter Art. 8,
 * item 11»". Words rather than lines are compared: poppler may read one printed line as two
 * (digits and CJK glyphs in "2018年10月28日"), whose line boxes cross though no glyph does.
 */
export function overlappingLines(pages: readonly PdfPage[]): string[] {
  const found: string[] = [];
  for (const page of pages) {
    page.lines.forEach((line, index) => {
      for (const other of page.lines.slice(index + 1)) {
        if (overlap(line, other) && line.words.some((word) => other.words.some((otherWord) => overlap(word, otherWord)))) {
          found.push(`p.${page.number}: «${line.text}» over «${other.text}»`);
        }
      }
    });
  }
  return found;
}

/** Lines that run past the right margin (`margin` points from the edge) or off the page. */
export function linesPastMargin(pages: readonly PdfPage[], margin: number): string[] {
  return pages.flatMap((page) =>
    page.lines.filter((line) => line.xMax > page.width - margin + 1 || line.yMax > page.height).map((line) => `p.${page.number}: «${line.text}»`),
  );
}

const middle = (line: Box) => (line.yMin + line.yMax) / 2;

/**
 * A page's text in reading order, a row per printed line. Poppler may read one printed line as
 * two (Latin and CJK glyphs of a title have different boxes); lines whose middles sit together
 * are one row, read left to right.
 */
export function pageText(page: PdfPage): string {
  const rows: TextLine[][] = [];
  for (const line of [...page.lines].sort((a, b) => middle(a) - middle(b))) {
    const row = rows.at(-1);
    const near = row && Math.abs(middle(row[0]) - middle(line)) < Math.min(row[0].yMax - row[0].yMin, line.yMax - line.yMin) / 3;
    if (near) row.push(line);
    else rows.push([line]);
  }
  return rows.map((row) => row.sort((a, b) => a.xMin - b.xMin).map((line) => line.text).join(' ')).join('\n');
}
