/// <reference lib="dom" />

/** Attribute values: `true` writes an empty attribute, `false` and undefined leave it out. */
export type Attributes = Record<string, string | boolean | undefined>;

/**
 * Creates an element with attributes and children. Attributes only, never `style`: the admin
 * pages run under `style-src 'self'`, so every look comes from admin.css classes.
 */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Attributes = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children);
  return node;
}

let lastId = 0;

/** A document-unique id for elements the island adds (labels point at them). */
export function uniqueId(prefix: string): string {
  lastId += 1;
  return `${prefix}-${lastId}`;
}

/** Runs `action` on Enter instead of letting the browser submit the surrounding form. */
export function onEnter(input: HTMLInputElement, action: () => void): void {
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    action();
  });
}
