// A chart as a PNG image with its words drawn in: title, one-line summary, legend, and under it the filters, as-of
// date and source. The chart's SVG is serialised and drawn on a canvas; loaded only when an image is asked for.

export interface PngText {
  readonly title: string;
  readonly summary: string;
  /** Lines under the chart (filters · as-of date · source). */
  readonly footer: readonly string[];
}

const PAD = 24;
const SCALE = 2;

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function legendOf(figure: HTMLElement): { label: string; color: string }[] {
  return [...figure.querySelectorAll<HTMLElement>('.chart-legend li, .map-legend__list li')].map((li) => {
    const swatch = li.querySelector<HTMLElement>('[class*="swatch"], rect, span');
    const style = swatch ? getComputedStyle(swatch) : undefined;
    const fill = swatch instanceof SVGElement ? swatch.getAttribute('fill') : null;
    const color =
      fill ?? (style && style.backgroundColor !== 'rgba(0, 0, 0, 0)' ? style.backgroundColor : (style?.borderTopColor ?? '#000'));
    return { label: (li.textContent ?? '').trim(), color };
  });
}

export async function chartPng(figure: HTMLElement, text: PngText): Promise<Blob> {
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg.recharts-surface, svg.map-svg')];
  const svg = svgs.sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)[0];
  if (!svg) throw new Error('no chart drawn');
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  const font = getComputedStyle(figure).fontFamily;
  clone.setAttribute('style', `font-family: ${font}; background: #fff`);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  await image.decode();

  const width = Math.max(box.width, 640) + PAD * 2;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('no canvas');
  measure.font = `14px ${font}`;
  const summary = wrap(measure, text.summary, width - PAD * 2);
  const footer = text.footer.flatMap((l) => wrap(measure, l, width - PAD * 2));
  const legend = legendOf(figure);
  const height = PAD + 26 + summary.length * 20 + (legend.length ? 24 : 0) + 8 + box.height + 12 + footer.length * 18 + PAD;

  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * SCALE);
  canvas.height = Math.ceil(height * SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';
  let y = PAD;
  ctx.fillStyle = '#111';
  ctx.font = `bold 20px ${font}`;
  ctx.fillText(text.title, PAD, y, width - PAD * 2);
  y += 30;
  ctx.font = `14px ${font}`;
  ctx.fillStyle = '#333';
  for (const line of summary) {
    ctx.fillText(line, PAD, y);
    y += 20;
  }
  if (legend.length) {
    let x = PAD;
    for (const item of legend) {
      ctx.fillStyle = item.color;
      ctx.fillRect(x, y + 3, 12, 12);
      ctx.fillStyle = '#333';
      ctx.fillText(item.label, x + 16, y);
      x += 16 + ctx.measureText(item.label).width + 18;
    }
    y += 24;
  }
  y += 8;
  ctx.drawImage(image, PAD, y, box.width, box.height);
  y += box.height + 12;
  ctx.font = `12px ${font}`;
  ctx.fillStyle = '#444';
  for (const line of footer) {
    ctx.fillText(line, PAD, y);
    y += 18;
  }
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no image'))), 'image/png'));
}
