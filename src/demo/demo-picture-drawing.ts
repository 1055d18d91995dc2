/**
 * The demo's pictures, drawn as SVG: flat geometric compositions in a country's colours (no
 * stock photo is reachable from here, and a made-up photo of a worker would be a lie). Each
 * motif says something about its item (an umbrella over people, a route home, a clinic's
 * cross) the way a newsroom's illustrator would, so the stream looks made on purpose.
 */

/** The colours a picture is drawn in, from a country's palette (see demo-picture-colours.ts). */
export interface PictureColours {
  /** The background of a light picture. */
  paper: string;
  light: string;
  mid: string;
  base: string;
  deep: string;
  /** A warm second colour that stands out from the base. */
  accent: string;
  /** Text on the accent (a portrait's initial). */
  onAccent: string;
}

/** The scenes are drawn on a 1200 × 800 canvas… */
const SCENE_WIDTH = 1200;
const SCENE_HEIGHT = 800;
/**
 * …and rendered at 960 × 640: as sharp as a lead at 39rem needs on most screens, and 40%
 * fewer pixels for each WebP variant the upload makes (the demo's load time is mostly that).
 */
const SCENE_OUTPUT_WIDTH = 960;
const SCENE_OUTPUT_HEIGHT = 640;

export type SceneMotif =
  'umbrella' | 'crowd' | 'route' | 'clinic' | 'city' | 'wheels' | 'rising' | 'homes' | 'screen';

/** A figure seen from afar: a head and rounded shoulders, no face. */
function figure(x: number, y: number, scale: number, fill: string): string {
  const head = 26 * scale;
  const bodyWidth = 74 * scale;
  const bodyHeight = 96 * scale;
  return (
    `<circle cx="${x}" cy="${y}" r="${head}" fill="${fill}"/>` +
    `<rect x="${x - bodyWidth / 2}" y="${y + head + 8 * scale}" width="${bodyWidth}" ` +
    `height="${bodyHeight}" rx="${bodyWidth / 2}" fill="${fill}"/>`
  );
}

function umbrella(c: PictureColours): string {
  const scallops = Array.from({ length: 6 }, (_, index) => {
    const x = 270 + index * 110;
    return `<circle cx="${x + 55}" cy="430" r="55" fill="${c.paper}"/>`;
  }).join('');
  const rain = Array.from({ length: 18 }, (_, index) => {
    const x = 60 + ((index * 137) % 1080);
    const y = 60 + ((index * 89) % 260);
    const isUnderCanopy = x > 250 && x < 950 && y > 120;
    return isUnderCanopy
      ? ''
      : `<line x1="${x}" y1="${y}" x2="${x - 18}" y2="${y + 44}" stroke="${c.mid}" stroke-width="8" stroke-linecap="round"/>`;
  }).join('');
  const people = [360, 480, 600, 720, 840]
    .map((x, index) => figure(x, 560, 1, index % 2 === 0 ? c.deep : c.accent))
    .join('');
  return (
    `<rect y="700" width="${SCENE_WIDTH}" height="100" fill="${c.light}"/>${rain}` +
    `<path d="M250 430 A350 320 0 0 1 950 430 Z" fill="${c.base}"/>${scallops}` +
    `<line x1="600" y1="110" x2="600" y2="90" stroke="${c.deep}" stroke-width="14" stroke-linecap="round"/>` +
    people
  );
}

function crowd(c: PictureColours): string {
  const rows = [
    { y: 250, scale: 0.7, count: 9, fill: c.mid },
    { y: 390, scale: 0.85, count: 8, fill: c.base },
    { y: 540, scale: 1.05, count: 7, fill: c.deep },
  ];
  return rows
    .map((row, rowIndex) =>
      Array.from({ length: row.count }, (_, index) => {
        const step = SCENE_WIDTH / row.count;
        const x = step / 2 + index * step + (rowIndex % 2) * 18;
        const isRaised = (index + rowIndex) % 4 === 1;
        return figure(x, row.y, row.scale, isRaised ? c.accent : row.fill);
      }).join(''),
    )
    .join('');
}

function route(c: PictureColours): string {
  const arcs = [520, 420, 320]
    .map(
      (r, index) =>
        `<circle cx="930" cy="330" r="${r}" fill="${[c.light, c.mid, c.light][index]}" fill-opacity="0.6"/>`,
    )
    .join('');
  return (
    `${arcs}<circle cx="930" cy="330" r="120" fill="${c.accent}"/>` +
    `<rect y="560" width="${SCENE_WIDTH}" height="240" fill="${c.base}"/>` +
    `<path d="M120 760 C 360 560, 560 760, 760 620 S 1040 560, 1120 600" fill="none" ` +
    `stroke="${c.paper}" stroke-width="16" stroke-dasharray="2 36" stroke-linecap="round"/>` +
    `<circle cx="120" cy="760" r="26" fill="${c.accent}"/>` +
    `<path d="M1080 560 l40 -40 l40 40 v60 h-80 Z" fill="${c.paper}"/>`
  );
}

function clinic(c: PictureColours): string {
  const rings = [330, 260]
    .map(
      (r, index) => `<circle cx="600" cy="400" r="${r}" fill="${index === 0 ? c.light : c.mid}"/>`,
    )
    .join('');
  const dots = Array.from({ length: 12 }, (_, index) => {
    const angle = (index / 12) * Math.PI * 2;
    const x = 600 + Math.cos(angle) * 365;
    const y = 400 + Math.sin(angle) * 365;
    return `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="16" fill="${index % 3 === 0 ? c.accent : c.mid}"/>`;
  }).join('');
  return (
    `${rings}${dots}<circle cx="600" cy="400" r="190" fill="${c.base}"/>` +
    `<path d="M560 290 h80 v70 h70 v80 h-70 v70 h-80 v-70 h-70 v-80 h70 Z" fill="${c.paper}"/>`
  );
}

function city(c: PictureColours): string {
  const blocks = [
    [40, 330, 150],
    [200, 220, 130],
    [340, 380, 170],
    [520, 160, 140],
    [670, 300, 160],
    [840, 240, 120],
    [970, 360, 190],
  ] as const;
  const drawn = blocks
    .map(([x, top, width], index) => {
      const fill = [c.base, c.deep, c.mid][index % 3];
      const windows = [];
      for (let y = top + 30; y < 680; y += 60) {
        for (let wx = x + 22; wx < x + width - 30; wx += 44) {
          const isLit = (wx + y + index * 7) % 3 === 0;
          windows.push(
            `<rect x="${wx}" y="${y}" width="22" height="28" fill="${isLit ? c.accent : c.light}" fill-opacity="${isLit ? 1 : 0.5}"/>`,
          );
        }
      }
      return `<rect x="${x}" y="${top}" width="${width}" height="${720 - top}" fill="${fill}"/>${windows.join('')}`;
    })
    .join('');
  return `<circle cx="880" cy="150" r="80" fill="${c.accent}"/>${drawn}<rect y="720" width="${SCENE_WIDTH}" height="80" fill="${c.deep}"/>`;
}

function wheels(c: PictureColours): string {
  const wheel = (x: number) =>
    `<circle cx="${x}" cy="560" r="120" fill="none" stroke="${c.deep}" stroke-width="26"/>` +
    `<circle cx="${x}" cy="560" r="22" fill="${c.deep}"/>`;
  const speed = [300, 380, 460]
    .map(
      (y, index) =>
        `<rect x="${60 + index * 30}" y="${y}" width="${200 - index * 40}" height="16" rx="8" fill="${c.mid}"/>`,
    )
    .join('');
  return (
    `<rect y="680" width="${SCENE_WIDTH}" height="120" fill="${c.light}"/>${speed}` +
    `${wheel(430)}${wheel(890)}` +
    `<path d="M430 560 L560 420 L800 420 L890 560" fill="none" stroke="${c.base}" stroke-width="30" stroke-linejoin="round"/>` +
    `<rect x="700" y="300" width="150" height="110" rx="18" fill="${c.accent}"/>` +
    figure(620, 250, 1.1, c.deep)
  );
}

function rising(c: PictureColours): string {
  const bars = [180, 250, 330, 420, 520]
    .map((height, index) => {
      const fill = index === 4 ? c.accent : [c.light, c.mid, c.mid, c.base][index];
      return `<rect x="${200 + index * 170}" y="${700 - height}" width="120" height="${height}" rx="10" fill="${fill}"/>`;
    })
    .join('');
  return (
    `<rect x="140" y="700" width="920" height="12" rx="6" fill="${c.deep}"/>${bars}` +
    `<path d="M200 470 L430 400 L600 330 L800 230 L980 130" fill="none" stroke="${c.deep}" stroke-width="14" stroke-linecap="round" stroke-linejoin="round"/>` +
    `<path d="M930 110 L1000 120 L975 186 Z" fill="${c.deep}"/>`
  );
}

function homes(c: PictureColours): string {
  const house = (x: number, width: number, fill: string, door: string) => {
    const roof = width * 0.55;
    const base = 660;
    const wall = width * 0.9;
    return (
      `<path d="M${x} ${base - wall} l${width / 2} ${-roof} l${width / 2} ${roof} v${wall} h${-width} Z" fill="${fill}"/>` +
      `<rect x="${x + width * 0.4}" y="${base - width * 0.42}" width="${width * 0.2}" height="${width * 0.42}" fill="${door}"/>`
    );
  };
  return (
    `<circle cx="220" cy="170" r="70" fill="${c.accent}"/>` +
    house(90, 220, c.mid, c.paper) +
    house(340, 300, c.base, c.accent) +
    house(680, 240, c.deep, c.paper) +
    house(950, 180, c.mid, c.paper) +
    `<rect y="660" width="${SCENE_WIDTH}" height="140" fill="${c.light}"/>`
  );
}

function screen(c: PictureColours): string {
  const tiles = [];
  for (let row = 0; row < 2; row++) {
    for (let column = 0; column < 3; column++) {
      const x = 230 + column * 250;
      const y = 170 + row * 210;
      const isSpeaking = row === 0 && column === 1;
      tiles.push(
        `<rect x="${x}" y="${y}" width="230" height="190" rx="12" fill="${isSpeaking ? c.accent : c.mid}"/>` +
          `<circle cx="${x + 115}" cy="${y + 80}" r="34" fill="${c.deep}"/>` +
          `<path d="M${x + 55} ${y + 190} a60 56 0 0 1 120 0 Z" fill="${c.deep}"/>`,
      );
    }
  }
  return (
    `<rect x="190" y="130" width="820" height="500" rx="28" fill="${c.base}"/>${tiles.join('')}` +
    `<rect x="520" y="630" width="160" height="70" fill="${c.deep}"/>` +
    `<rect x="420" y="700" width="360" height="24" rx="12" fill="${c.deep}"/>`
  );
}

const motifs: Record<SceneMotif, (colours: PictureColours) => string> = {
  umbrella,
  crowd,
  route,
  clinic,
  city,
  wheels,
  rising,
  homes,
  screen,
};

/** A scene of `motif` on the country's pale paper, 960 × 640 (3:2, as listings crop). */
export function sceneSvg(motif: SceneMotif, colours: PictureColours): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SCENE_OUTPUT_WIDTH}" height="${SCENE_OUTPUT_HEIGHT}" viewBox="0 0 ${SCENE_WIDTH} ${SCENE_HEIGHT}">` +
    `<rect width="100%" height="100%" fill="${colours.paper}"/>${motifs[motif](colours)}</svg>`
  );
}
