import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Renders a page component to a complete HTML5 document. */
export function renderDocument(page: VNode): string {
  return `<!DOCTYPE html>${renderToString(page)}`;
}
