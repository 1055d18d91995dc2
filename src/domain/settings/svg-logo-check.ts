import { createRequire } from 'node:module';
import type * as Saxes from 'saxes';
import { ValidationError } from '../../lib/errors.ts';
import { type Problem, problem } from '../../lib/problems.ts';

/**
 * The first look at an SVG logo, before it is drawn. No SVG ever reaches a reader: the logo is
 * drawn into a bitmap (logo-image.ts), so a script or an event handler in it has nothing to run
 * in and is simply not drawn. What this check refuses is what would make the drawing reach
 * outside the file, or cost without bound:
 *
 * - a DOCTYPE (entity declarations: "billion laughs" expansion, external entities/XXE) and
 *   processing instructions (`<?xml-stylesheet?>` loads a stylesheet);
 * - references to anything but the file itself or an embedded bitmap: `href`, `xlink:href` or
 *   `src` to an address (`http:`, `file:`, `javascript:`), `url(…)` to one, `@import`;
 * - nesting deeper than any drawing needs, which costs the parser quadratic time.
 *
 * saxes expands no entity it was not told of and never fetches anything, so reading the file
 * here is safe whatever it holds; librsvg, which draws it, is also configured by sharp to load
 * nothing, and caps entity expansion (measured: a billion-laughs file fails in 22 ms). This check
 * makes those refusals explicit, with a message saying what to change.
 */

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const MAX_DEPTH = 64;

/** What a reference may point at: an element of the file, or an embedded bitmap. */
const ALLOWED_REFERENCE = /^\s*(?:#|data:image\/(?:png|jpeg|gif|webp)[;,])/i;
const REFERENCE_ATTRIBUTES = new Set(['href', 'src']);
/** `url(` not followed by `#…`: a resource outside the file. */
const OUTSIDE_URL = /url\(\s*(?!['"]?\s*#)/i;

function refuse(reason: Problem): never {
  throw new ValidationError(problem('problem.fieldsNeedAttention'), { logo: reason });
}

/** A reference shown in a message: short and on one line. */
function shown(reference: string): string {
  const flat = reference.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

function checkText(text: string): void {
  if (/@import/i.test(text)) refuse(problem('problem.logoSvgReference', { reference: '@import' }));
  const outside = OUTSIDE_URL.exec(text);
  if (outside) {
    refuse(problem('problem.logoSvgReference', { reference: shown(text.slice(outside.index)) }));
  }
}

const requireModule = createRequire(import.meta.url);

/** saxes, loaded by the first logo checked rather than by every process at start. */
function saxes(): typeof Saxes {
  return requireModule('saxes') as typeof Saxes;
}

/**
 * Throws a `ValidationError` on the `logo` field unless `text` is a well-formed SVG document
 * that refers to nothing outside itself.
 */
export function checkSvgLogo(text: string): void {
  const parser = new (saxes().SaxesParser)({ xmlns: true, position: true });
  let depth = 0;
  let hasRoot = false;
  // An HTML page ("<!DOCTYPE html>") is not an SVG at all; an SVG's DOCTYPE declares entities.
  parser.on('doctype', (doctype) =>
    refuse(problem(/^\s*svg\b/i.test(doctype) ? 'problem.logoSvgDoctype' : 'problem.logoType')),
  );
  parser.on('processinginstruction', () => refuse(problem('problem.logoSvgDoctype')));
  parser.on('opentagstart', () => {
    if (depth >= MAX_DEPTH) refuse(problem('problem.logoSvgMalformed', { detail: 'too deep' }));
  });
  parser.on('opentag', (tag) => {
    if (depth === 0) {
      if (tag.uri !== SVG_NAMESPACE || tag.local !== 'svg') refuse(problem('problem.logoType'));
      hasRoot = true;
    }
    depth += 1;
    for (const attribute of Object.values(tag.attributes)) {
      const name = attribute.local.toLowerCase();
      if (REFERENCE_ATTRIBUTES.has(name) && !ALLOWED_REFERENCE.test(attribute.value)) {
        refuse(problem('problem.logoSvgReference', { reference: shown(attribute.value) }));
      }
      // A handler is not drawn; its text is not a reference to check.
      if (!name.startsWith('on')) checkText(attribute.value);
    }
  });
  parser.on('closetag', () => {
    depth -= 1;
  });
  parser.on('text', checkText);
  parser.on('cdata', checkText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // saxes puts "line:column: " before its message.
    refuse(
      problem('problem.logoSvgMalformed', { detail: message.replace(/^[^:]*:?\d+:\d+: /, '') }),
    );
  }
  if (!hasRoot) refuse(problem('problem.logoType'));
}
