/// <reference lib="dom" />

/**
 * The toolbar's icons: 24×24 outline drawings as SVG elements built here (no icon font, no
 * extra request, nothing for the CSP to refuse). Each is decorative: the button carries the
 * name, so the icon is hidden from assistive technology.
 */
const ICON_PATHS = {
  heading2: 'M4 6v12M12 6v12M4 12h8M16 11a2 2 0 1 1 4 .5c-.5 2-4 3.5-4 6.5h4.5',
  heading3: 'M4 6v12M12 6v12M4 12h8M16 10h4l-2.5 3a2.5 2.5 0 1 1-1.8 4.2',
  bold: 'M7 5h6a3.5 3.5 0 0 1 0 7H7zM7 12h7a3.5 3.5 0 0 1 0 7H7z',
  italic: 'M19 4h-9M14 20H5M15 4 9 20',
  link: 'M10 13a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1.5 1.5M14 11a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1.5-1.5',
  bulletList: 'M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01',
  orderedList: 'M10 6h11M10 12h11M10 18h11M4 5l1-1v5M6 19H4c0-1 2-2 2-3s-1-1.5-2-1',
  quote: 'M4 19c3 0 6-2 6-7V6H4v6h5M14 19c3 0 6-2 6-7V6h-6v6h5',
  upload: 'M12 16V4M7 9l5-5 5 5M4 16v4h16v-4',
  image: 'M3 5h18v14H3zM3 16l5-5 5 5M13 14l3-3 5 5M15.5 8.5h.01',
} as const;

export type IconName = keyof typeof ICON_PATHS;

const SVG = 'http://www.w3.org/2000/svg';

export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [attribute, value] of Object.entries({
    viewBox: '0 0 24 24',
    width: '20',
    height: '20',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    'aria-hidden': 'true',
    focusable: 'false',
    class: 'editor-icon',
  })) {
    svg.setAttribute(attribute, value);
  }
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', ICON_PATHS[name]);
  svg.append(path);
  return svg;
}
