import type { ComponentChildren } from 'preact';

/**
 * A table of the admin area. On a phone a wide table scrolls inside itself rather than pushing
 * the page sideways; its scrolling region is focusable and named by the caption, so keyboard
 * users can scroll it too (axe's scrollable-region-focusable).
 */
export function DataTable({
  id,
  caption,
  children,
}: {
  /** Unique on the page; names the caption. */
  id: string;
  /** Read by screen readers only: the page's heading already says it to everyone else. */
  caption: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <div class="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabindex={0}>
      <table>
        <caption id={`${id}-caption`} class="visually-hidden">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
