import type { ChartTheme } from './chart-theme';

/** Pixels per CSS pixel in a saved PNG: sharp on high-density screens and in printed reports. */
const SCALE = 2;
const PADDING = 16;
const TITLE_SIZE = 16;
const LEGEND_SIZE = 12;
const LEGEND_ROW = 20;

export type PngContent = {
  title: string;
  legend: ReadonlyArray<{ label: string; color: string }>;
  theme: ChartTheme;
};

/** The chart's SVG as a standalone document: sized, with the page's font, since no stylesheet reaches it. */
function standaloneSvg(svg: SVGSVGElement, theme: ChartTheme): { markup: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('font-family', theme.fontFamily);
  copy.style.fontFamily = theme.fontFamily;
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}

/** Loads SVG markup as an image; the CSP allows blob: images (img-src 'self' data: blob:). */
async function svgImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Lays the legend out in rows that fit the width; returns each item's position. */
function legendLayout(context: CanvasRenderingContext2D, legend: PngContent['legend'], width: number) {
  const placed: Array<{ label: string; color: string; x: number; row: number }> = [];
  let x = PADDING;
  let row = 0;
  for (const item of legend) {
    const itemWidth = 14 + 6 + context.measureText(item.label).width + 16;
    if (x + itemWidth > width - PADDING && x > PADDING) {
      row += 1;
      x = PADDING;
    }
    placed.push({ ...item, x, row });
    x += itemWidth;
  }
  return { placed, rows: legend.length > 0 ? row + 1 : 0 };
}

/**
 * The chart drawn as a PNG at twice its size: title, the chart's SVG, and its legend (which
 * recharts renders as HTML, outside the SVG), on the background of the current colour scheme.
 */
export async function chartPng(svg: SVGSVGElement, content: PngContent): Promise<Uint8Array> {
  const { markup, width, height } = standaloneSvg(svg, content.theme);
  const image = await svgImage(markup);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.font = `${LEGEND_SIZE}px ${content.theme.fontFamily}`;
  const legend = legendLayout(context, content.legend, width);
  const top = PADDING + TITLE_SIZE + PADDING;
  const total = top + height + legend.rows * LEGEND_ROW + PADDING;
  canvas.width = Math.ceil(width * SCALE);
  canvas.height = Math.ceil(total * SCALE);
  context.scale(SCALE, SCALE);
  context.fillStyle = content.theme.background;
  context.fillRect(0, 0, width, total);
  context.fillStyle = content.theme.text;
  context.textBaseline = 'top';
  context.font = `600 ${TITLE_SIZE}px ${content.theme.fontFamily}`;
  context.fillText(content.title, PADDING, PADDING);
  context.drawImage(image, 0, top, width, height);
  context.font = `${LEGEND_SIZE}px ${content.theme.fontFamily}`;
  context.textBaseline = 'middle';
  for (const item of legend.placed) {
    const y = top + height + item.row * LEGEND_ROW + LEGEND_ROW / 2;
    context.fillStyle = item.color;
    context.fillRect(item.x, y - 7, 14, 14);
    context.fillStyle = content.theme.text;
    context.fillText(item.label, item.x + 20, y);
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The canvas gave no PNG');
  return new Uint8Array(await blob.arrayBuffer());
}
