import { decodeHTML } from 'entities';

/**
 * Section anchors in stored bodies: headings keep their `id`, so a link to a section still
 * works, but every id is prefixed as GitHub and GitLab do with user content. An unprefixed
 * id is a DOM clobbering risk: `<h2 id="currentScript">` or `id="location"` shadows a
 * `document`/`window` property any script on the page may read. A prefixed id with a hyphen
 * can never be such a property, and cannot collide with the ids of the page around the body
 * (`content`, `comments` …). Links within the same body (`href="#x"`) are rewritten to the
 * prefixed id; public pages carry no script to do it at reading time, as GitHub's does.
 */
const HEADING_ID_PREFIX = 'user-content-';

/** Longest id kept, prefix included: ids come from headings' text, which can be long. */
const MAX_ID_LENGTH = 120;

/** The heading ids of one body: each original id's final form, in the order met. */
export interface HeadingIds {
  /** The id to write for a heading whose `id` was `raw`, or undefined to drop it. */
  idFor(raw: string | undefined): string | undefined;
  /** The final id an in-body fragment (`#x`, still percent-encoded) points to, if any. */
  targetOf(fragment: string): string | undefined;
}

/**
 * Letters, digits, `-`, `_` and `.` only, whitespace as hyphens: always a valid HTML id and
 * a fragment that needs no escaping in an attribute.
 */
function cleanId(raw: string): string {
  const unprefixed = raw.startsWith(HEADING_ID_PREFIX) ? raw.slice(HEADING_ID_PREFIX.length) : raw;
  return unprefixed
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}_.-]/gu, '')
    .slice(0, MAX_ID_LENGTH - HEADING_ID_PREFIX.length);
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** A fresh set of heading ids for one body: unique within it, `-1`, `-2` … added as needed. */
export function headingIdsOfBody(): HeadingIds {
  const used = new Set<string>();
  // Original id → final id; the first heading with an id wins links to it.
  const byOriginal = new Map<string, string>();
  return {
    idFor(raw) {
      if (raw === undefined) return undefined;
      const base = cleanId(raw);
      if (!base) return undefined;
      let id = `${HEADING_ID_PREFIX}${base}`;
      for (let suffix = 1; used.has(id); suffix++) id = `${HEADING_ID_PREFIX}${base}-${suffix}`;
      used.add(id);
      if (!byOriginal.has(raw)) byOriginal.set(raw, id);
      return id;
    },
    targetOf(fragment) {
      const decoded = decodeFragment(fragment);
      return byOriginal.get(decoded) ?? byOriginal.get(fragment);
    },
  };
}

const SANITIZED_FRAGMENT_LINK = /(<a\b[^>]*\shref=")#([^"]*)"/gi;

/**
 * Points a sanitized body's in-page links at the prefixed ids. Runs after sanitizing, once
 * every heading is known (a table of contents comes before the headings it lists); the
 * sanitizer always quotes attributes and escapes `"` inside them, so the pattern holds.
 */
export function rewriteFragmentLinks(html: string, ids: HeadingIds): string {
  return html.replace(SANITIZED_FRAGMENT_LINK, (link, start: string, fragment: string) => {
    const target = ids.targetOf(decodeHTML(fragment));
    return target ? `${start}#${target}"` : link;
  });
}
