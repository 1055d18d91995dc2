import anyAscii from 'any-ascii';

/**
 * Makes a URL slug from a title: lowercase ASCII words joined by hyphens. Other scripts are
 * transliterated (any-ascii's tables), so a Nepali, Bengali or Khmer title gets an address
 * readers can still recognise — "सामाजिक सुरक्षा" is `samajik-surksa` — and diacritics fold
 * ("Lao động" is `lao-dong`).
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = anyAscii(text.replace(/&/g, ' and '))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
