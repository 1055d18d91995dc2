/// <reference lib="dom" />

/**
 * Redraws the share card's preview (item-sharing-fields.tsx) as the editor types: the title
 * for sharing or else the title, the description or else the excerpt, and the picture chosen
 * for sharing, else the featured image, else the card drawn from the title. The fallbacks are
 * the server's (item-sharing.ts); this only repeats them so the preview never waits for a save.
 */

function fieldValue(form: HTMLFormElement, name: string): string {
  const control = form.elements.namedItem(name);
  return control instanceof HTMLInputElement ||
    control instanceof HTMLTextAreaElement ||
    control instanceof HTMLSelectElement
    ? control.value.trim()
    : '';
}

/** The thumbnail an image field shows for its choice (media-choice-field.tsx), if any. */
function chosenThumbnail(form: HTMLFormElement, name: string): string | null {
  if (!fieldValue(form, name)) return null;
  const control = form.elements.namedItem(name);
  if (!(control instanceof HTMLElement)) return null;
  const thumbnail = control
    .closest('.media-choice')
    ?.querySelector<HTMLImageElement>('img.media-choice-thumbnail');
  return thumbnail?.getAttribute('src') ?? null;
}

function redraw(form: HTMLFormElement, preview: HTMLElement): void {
  const title = preview.querySelector('[data-share-title]');
  const description = preview.querySelector('[data-share-description]');
  if (title) {
    title.textContent =
      fieldValue(form, 'metaTitle') || fieldValue(form, 'title') || title.textContent;
  }
  if (description) {
    description.textContent =
      fieldValue(form, 'metaDescription') || fieldValue(form, 'excerpt') || description.textContent;
  }
  const imageUrl =
    chosenThumbnail(form, 'socialImageId') ??
    chosenThumbnail(form, 'featuredMediaId') ??
    (preview.dataset.generatedCard || null);
  const image = preview.querySelector<HTMLImageElement>('img.share-card-image');
  if (imageUrl && image) {
    if (image.getAttribute('src') !== imageUrl) image.src = imageUrl;
  } else if (imageUrl) {
    preview.querySelector('.share-card-no-image')?.replaceWith(
      Object.assign(document.createElement('img'), {
        className: 'share-card-image',
        src: imageUrl,
        alt: '',
      }),
    );
  }
}

export function startSharePreview(form: HTMLFormElement): void {
  const preview = form.querySelector<HTMLElement>('[data-share-preview]');
  if (!preview) return;
  // After the other listeners: an image picker updates its thumbnail on the same event.
  const later = () => requestAnimationFrame(() => redraw(form, preview));
  form.addEventListener('input', later);
  form.addEventListener('change', later);
}
