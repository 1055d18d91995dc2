import type { PictureColours } from './demo-picture-drawing.ts';

/**
 * A publication's cover and a storyteller's outline portrait, drawn as SVG for the demo. Text
 * is set in Noto Sans (Debian's fonts-noto-core, which the social cards need too), with
 * DejaVu Sans and any sans-serif after it.
 */

/** Drawn on these canvases, rendered at two thirds of their size (see SCENE_OUTPUT_WIDTH). */
const COVER_WIDTH = 900;
const COVER_HEIGHT = 1200;
const PORTRAIT_SIZE = 800;
const OUTPUT_SCALE = 2 / 3;

function svgOpening(width: number, height: number): string {
  const output = `width="${Math.round(width * OUTPUT_SCALE)}" height="${Math.round(height * OUTPUT_SCALE)}"`;
  return `<svg xmlns="http://www.w3.org/2000/svg" ${output} viewBox="0 0 ${width} ${height}">`;
}

const FONT = `font-family="Noto Sans, DejaVu Sans, sans-serif"`;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Words into lines of at most `width` characters (a cover's few words, in Latin letters). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

function textLines(
  lines: string[],
  options: { x: number; y: number; size: number; lineHeight: number; fill: string; weight: number },
): string {
  const spans = lines
    .map(
      (line, index) =>
        `<tspan x="${options.x}" dy="${index === 0 ? 0 : options.lineHeight}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<text x="${options.x}" y="${options.y}" ${FONT} font-size="${options.size}" font-weight="${options.weight}" fill="${options.fill}">${spans}</text>`;
}

export interface CoverText {
  title: string;
  subtitle: string;
  /** The bottom line: the languages, the publisher. */
  footer: string;
}

/** An upright cover: the title large on the colour, circles above it, a rule and the footer. */
export function coverSvg(text: CoverText, c: PictureColours): string {
  const title = wrapWords(text.title, 12);
  const titleTop = 620;
  const subtitleTop = titleTop + title.length * 104 + 40;
  return (
    svgOpening(COVER_WIDTH, COVER_HEIGHT) +
    `<rect width="100%" height="100%" fill="${c.base}"/>` +
    `<circle cx="690" cy="210" r="230" fill="${c.mid}" fill-opacity="0.55"/>` +
    `<circle cx="480" cy="300" r="150" fill="${c.accent}"/>` +
    `<circle cx="250" cy="160" r="90" fill="${c.light}" fill-opacity="0.8"/>` +
    `<rect x="80" y="540" width="120" height="12" fill="${c.accent}"/>` +
    textLines(title, {
      x: 80,
      y: titleTop + 60,
      size: 96,
      lineHeight: 104,
      fill: '#ffffff',
      weight: 700,
    }) +
    textLines([text.subtitle], {
      x: 80,
      y: subtitleTop + 40,
      size: 48,
      lineHeight: 56,
      fill: c.light,
      weight: 400,
    }) +
    `<rect x="80" y="1060" width="740" height="3" fill="${c.light}" fill-opacity="0.6"/>` +
    textLines([text.footer], {
      x: 80,
      y: 1120,
      size: 34,
      lineHeight: 40,
      fill: c.light,
      weight: 700,
    }) +
    `</svg>`
  );
}

/**
 * An outline portrait: head and shoulders in the country's colour over rings, with the
 * person's initial. It stands for the person without showing anyone's face.
 */
export function portraitSvg(initial: string, c: PictureColours): string {
  const centre = PORTRAIT_SIZE / 2;
  return (
    svgOpening(PORTRAIT_SIZE, PORTRAIT_SIZE) +
    `<rect width="100%" height="100%" fill="${c.light}"/>` +
    `<circle cx="${centre}" cy="${centre}" r="360" fill="${c.paper}"/>` +
    `<circle cx="${centre}" cy="${centre}" r="270" fill="${c.light}"/>` +
    `<circle cx="${centre}" cy="330" r="118" fill="${c.base}"/>` +
    `<path d="M150 800 C 150 560, 260 480, ${centre} 480 C 540 480, 650 560, 650 800 Z" fill="${c.base}"/>` +
    `<circle cx="610" cy="190" r="86" fill="${c.accent}"/>` +
    `<text x="610" y="222" text-anchor="middle" ${FONT} font-size="96" font-weight="700" fill="${c.onAccent}">${escapeXml(initial)}</text>` +
    `</svg>`
  );
}
