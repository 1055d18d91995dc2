import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { MediaChoiceField } from './media-choice-field.tsx';

const images = [
  { value: 'm1', label: 'march.png: Workers marching', thumbnailUrl: '/media/m1-320.webp' },
  { value: 'm2', label: 'river.png: A flooded river', thumbnailUrl: '/media/m2-320.webp' },
];

function render(value: string, error?: string): string {
  return renderToString(
    <MediaChoiceField
      formId="item"
      name="featuredMediaId"
      label="Featured image"
      hint="Shown at the top of the page."
      noneLabel="No featured image"
      images={images}
      value={value}
      error={error}
    />,
  );
}

describe('MediaChoiceField', () => {
  it('shows the chosen image above a plain choice that works without JavaScript', () => {
    const html = render('m2');
    assert.match(html, /^<div class="media-choice" data-media-picker="\/admin\/media\.json">/);
    assert.match(html, /<img class="media-choice-thumbnail" src="\/media\/m2-320\.webp" alt\/>/);
    assert.match(html, /<label for="item-featuredMediaId">Featured image<\/label>/);
    assert.match(
      html,
      /<select id="item-featuredMediaId" name="featuredMediaId" aria-describedby="item-featuredMediaId-hint">/,
    );
    assert.match(html, /<option value>No featured image<\/option>/);
    assert.match(html, /<option value="m2" selected>river\.png: A flooded river<\/option>/);
    // The thumbnails are the picker's business; the options carry only their names.
    assert.doesNotMatch(html, /<option[^>]*thumbnail/);
  });

  it('says when there is no image, and ties a refusal to the choice', () => {
    const html = render('', 'must be an image from the media library');
    assert.match(html, /<p class="media-choice-none">No featured image<\/p>/);
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /<option value selected>No featured image<\/option>/);
    assert.match(html, /aria-invalid="true"/);
    assert.match(
      html,
      /<p class="field-error" id="item-featuredMediaId-error">Featured image must be an image from the media library<\/p>/,
    );
  });
});
