import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import {
  SOCIAL_CARD_HEIGHT,
  SOCIAL_CARD_WIDTH,
  type SocialCardInput,
  renderSocialCard,
  socialCardEtag,
} from './social-card.ts';
import { socialCardPalette } from './social-card-palette.ts';
import { drawFittedText, escapeMarkup, joinWithBreaks, wordsOf } from './social-card-text.ts';

const CARD: SocialCardInput = {
  title: 'Street vendors win back their market after two years',
  typeName: 'Story',
  countryName: 'India',
  countrySlug: 'india',
  siteName: 'Informal Workers Network',
  lang: 'en',
};

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(first: string, second: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

async function pixelsOf(png: Buffer): Promise<Buffer> {
  return sharp(png).raw().toBuffer();
}

describe('social cards', () => {
  it('draws a 1200 × 630 PNG small enough for every preview', async () => {
    const png = await renderSocialCard(CARD);
    const metadata = await sharp(png).metadata();
    assert.equal(metadata.format, 'png');
    assert.equal(metadata.width, SOCIAL_CARD_WIDTH);
    assert.equal(metadata.height, SOCIAL_CARD_HEIGHT);
    assert.ok(png.length > 5_000, `a card with text on it (${png.length} bytes)`);
    assert.ok(png.length <= 60 * 1024, `at most 60 KB (${png.length} bytes)`);
    // The country's colour fills the card: the top left corner is India's.
    const { data } = await sharp(png)
      .extract({ left: 2, top: 2, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    assert.deepEqual([...data.subarray(0, 3)], [0xa0, 0x3b, 0x0c]);
  });

  it('draws markup characters in a title as text, never as markup', async () => {
    assert.equal(
      escapeMarkup(`A <b>"bold"</b> & 'odd'`),
      'A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; &apos;odd&apos;',
    );
    assert.equal(escapeMarkup('one\u0000two\nthree'), 'onetwo three');
    const marked = await renderSocialCard({ ...CARD, title: 'Wages <b>up</b> & </span> rights' });
    const plain = await renderSocialCard({ ...CARD, title: 'Wages up rights' });
    assert.equal((await sharp(marked).metadata()).width, SOCIAL_CARD_WIDTH);
    assert.notDeepEqual(await pixelsOf(marked), await pixelsOf(plain));
    // Names come from editors too: a site name or country with markup in it draws as well.
    const odd = await renderSocialCard({ ...CARD, siteName: 'A & B <i>', countryName: '<Nepal>' });
    assert.equal((await sharp(odd).metadata()).height, SOCIAL_CARD_HEIGHT);
  });

  it('draws Khmer and Devanagari titles, each unlike a Latin one', async () => {
    const latin = await pixelsOf(await renderSocialCard({ ...CARD, countrySlug: 'cambodia' }));
    const khmer = await renderSocialCard({
      ...CARD,
      title: 'កម្មករក្រៅប្រព័ន្ធនៅកម្ពុជាទាមទារការការពារសង្គម',
      countrySlug: 'cambodia',
      lang: 'km',
    });
    const nepali = await renderSocialCard({
      ...CARD,
      title: 'नेपालका अनौपचारिक श्रमिकहरूले सामाजिक सुरक्षाको माग गर्दै',
      countrySlug: 'cambodia',
      lang: 'ne',
    });
    for (const png of [khmer, nepali]) {
      const metadata = await sharp(png).metadata();
      assert.deepEqual([metadata.width, metadata.height], [SOCIAL_CARD_WIDTH, SOCIAL_CARD_HEIGHT]);
      assert.notDeepEqual(await pixelsOf(png), latin);
    }
    assert.notDeepEqual(await pixelsOf(khmer), await pixelsOf(nepali));
  });

  it('fits a long title in its box, cut short', async () => {
    const title = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    const box = { width: 1040, height: 318 };
    const fitted = await drawFittedText({
      text: title,
      lang: 'en',
      color: '#ffffff',
      sizesPx: [72, 54],
      ...box,
    });
    assert.ok(fitted.height <= box.height, `${fitted.height} px tall`);
    assert.ok(fitted.width <= box.width, `${fitted.width} px wide`);
    const whole = await drawFittedText({
      text: title,
      lang: 'en',
      color: '#ffffff',
      sizesPx: [54],
      width: box.width,
      height: 5000,
    });
    assert.ok(whole.height > box.height, 'uncut, it would not have fitted');
    const png = await renderSocialCard({ ...CARD, title });
    assert.equal((await sharp(png).metadata()).height, SOCIAL_CARD_HEIGHT);
    // One word longer than the box is cut between its letters.
    const word = 'Supercalifragilisticexpialidocious'.repeat(12);
    const cut = await drawFittedText({ ...box, text: word, color: '#ffffff', sizesPx: [54] });
    assert.ok(cut.height <= box.height, `${cut.height} px tall`);
    // A title of nothing printable still makes a card, of its type, country and site.
    const empty = await renderSocialCard({ ...CARD, title: '\u0001 ' });
    assert.equal((await sharp(empty).metadata()).width, SOCIAL_CARD_WIDTH);
  });

  it('lets lines of Khmer break between words, which it writes without spaces', () => {
    const words = wordsOf('កម្មករក្រៅប្រព័ន្ធនៅកម្ពុជា', 'km');
    assert.ok(words.length >= 3, `words: ${words.join('|')}`);
    const joined = joinWithBreaks(words);
    assert.equal(joined.replaceAll('\u200b', ''), 'កម្មករក្រៅប្រព័ន្ធនៅកម្ពុជា');
    assert.equal(joined.split('\u200b').length, words.length);
    assert.equal(joinWithBreaks(wordsOf('Street vendors', 'en')), 'Street vendors');
  });

  it('gives each country its colours, all of them readable (WCAG AA)', () => {
    const slugs = ['india', 'bangladesh', 'nepal', 'cambodia', 'indonesia', 'philippines'];
    const backgrounds = new Set(slugs.map((slug) => socialCardPalette(slug).background));
    assert.equal(backgrounds.size, slugs.length, 'one colour per country');
    const neutral = socialCardPalette(null);
    assert.ok(!backgrounds.has(neutral.background));
    assert.deepEqual(socialCardPalette('atlantis'), neutral);
    assert.deepEqual(socialCardPalette('constructor'), neutral);
    for (const slug of [...slugs, null]) {
      const palette = socialCardPalette(slug);
      assert.ok(contrast(palette.text, palette.background) >= 4.5, `${slug}: title`);
      assert.ok(contrast(palette.muted, palette.background) >= 4.5, `${slug}: country, site`);
      assert.ok(contrast(palette.background, palette.badge) >= 4.5, `${slug}: type badge`);
    }
  });

  it('tags a card by everything drawn on it', () => {
    const tag = socialCardEtag(CARD);
    assert.match(tag, /^"[\w-]+"$/, 'a strong ETag');
    assert.equal(socialCardEtag({ ...CARD }), tag);
    for (const change of [
      { title: 'Another title' },
      { typeName: 'Event' },
      { countryName: null },
      { countrySlug: 'nepal' },
      { siteName: 'Another site' },
      { lang: 'hi' },
    ]) {
      assert.notEqual(socialCardEtag({ ...CARD, ...change }), tag, JSON.stringify(change));
    }
  });
});
