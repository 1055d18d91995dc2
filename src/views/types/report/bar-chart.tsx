import type { VNode } from 'preact';

/**
 * Horizontal bar charts drawn as SVG on the server. Hand-written rather than made with
 * Observable Plot (the stack's first choice): Plot always writes a `<style>` element, which
 * the site's CSP (`style-src 'self'`) refuses, and with linkedom and d3 it adds 38 MB to the
 * server's memory (measured on Node 20) for a few rows of bars. Here the SVG carries no
 * style at all: classes from site.css colour it, so it follows dark mode.
 *
 * Lengths are in `em` (vertical) and `%` (horizontal), without a viewBox: text stays at the
 * page's size when the reader enlarges it, and bars stretch with the column, from phone to
 * desktop. The chart is one image for assistive technology (title and description); the
 * figures themselves are in the table beside it.
 */

export interface ChartBar {
  /** null: not known (no bar, the text says so). */
  value: number | null;
  /** The value a full-length bar stands for. */
  max: number;
  /** A class from site.css choosing the bar's colour: `bar`, `bar-women`, `bar-youth`. */
  className: string;
  /** What is written after the bar: the value as readers read it. */
  text: string;
}

export interface ChartRow {
  label: string;
  bars: ChartBar[];
}

export interface ChartSection {
  /** A heading above the section's rows (a report's component); none for a single list. */
  heading?: string;
  rows: ChartRow[];
}

/** Share of the width the longest bar takes; the rest keeps room for its value. */
const BAR_SPAN = 68;
const LINE = 1.35;
const BAR_HEIGHT = 0.95;
const BAR_GAP = 0.3;
const ROW_GAP = 0.7;
const LABEL_CHARACTERS = 42;

/** Splits a label at spaces into lines that fit a phone's width. */
export function wrapLabel(label: string, width = LABEL_CHARACTERS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const em = (value: number) => `${Math.round(value * 100) / 100}em`;
const percent = (value: number) => `${Math.round(value * 100) / 100}%`;

interface Placed {
  element: VNode;
  height: number;
}

function placeBar(bar: ChartBar, top: number): Placed {
  const textY = em(top + BAR_HEIGHT * 0.82);
  if (bar.value === null || bar.max <= 0) {
    return {
      element: (
        <text class="chart-value is-unknown" y={textY}>
          {bar.text}
        </text>
      ),
      height: BAR_HEIGHT,
    };
  }
  // A small non-zero value still shows as a sliver, not as nothing.
  const width = bar.value === 0 ? 0 : Math.max((bar.value / bar.max) * BAR_SPAN, 0.4);
  return {
    element: (
      <>
        <rect class={bar.className} y={em(top)} width={percent(width)} height={em(BAR_HEIGHT)} />
        <text class="chart-value" x={percent(width)} dx="0.4em" y={textY}>
          {bar.text}
        </text>
      </>
    ),
    height: BAR_HEIGHT,
  };
}

function placeRow(row: ChartRow, top: number): Placed {
  const lines = wrapLabel(row.label);
  const parts: VNode[] = [];
  let y = top;
  for (const line of lines) {
    y += LINE;
    parts.push(<text y={em(y - 0.35)}>{line}</text>);
  }
  y += 0.15;
  row.bars.forEach((bar, index) => {
    if (index > 0) y += BAR_GAP;
    const placed = placeBar(bar, y);
    parts.push(placed.element);
    y += placed.height;
  });
  return { element: <>{parts}</>, height: y - top + ROW_GAP };
}

/** A bar chart as an inline SVG with its title and description; `id` must be unique. */
export function BarChart({
  id,
  title,
  description,
  sections,
}: {
  id: string;
  title: string;
  description: string;
  sections: ChartSection[];
}) {
  const parts: VNode[] = [];
  let y = 0;
  for (const section of sections) {
    if (section.heading) {
      y += LINE + 0.2;
      parts.push(
        <text class="chart-heading" y={em(y - 0.35)}>
          {section.heading}
        </text>,
      );
      y += 0.2;
    }
    for (const row of section.rows) {
      const placed = placeRow(row, y);
      parts.push(placed.element);
      y += placed.height;
    }
  }
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg width="100%" height={em(y)} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {parts}
      </svg>
    </figure>
  );
}
