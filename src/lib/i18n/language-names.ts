/**
 * A language's name in that language ("français", "Nederlands", "नेपाली"), for links to a file
 * in it: a reader looks for their own language in its own words. Falls back to the tag.
 */
export function ownLanguageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (!name || name === tag) return tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}
