import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemText } from '../../lib/problems.ts';
import {
  DEFAULT_ACCENT,
  DEFAULT_DARK_ACCENT,
  MINIMUM_CONTRAST,
  SITE_BACKGROUNDS,
  accentContrastProblem,
  accentPair,
  contrastRatio,
  darkTintOf,
  normalizeHexColour,
} from './accent-colours.ts';

/** The words of a refusal, or undefined when the colour is accepted. */
function refusal(colour: string, mode: 'light' | 'dark'): string | undefined {
  const reported = accentContrastProblem(normalizeHexColour(colour) ?? '#000000', mode);
  return reported && problemText(reported);
}

function weakest(colour: `#${string}`, mode: 'light' | 'dark'): number {
  return Math.min(
    ...Object.values(SITE_BACKGROUNDS[mode]).map((background) => contrastRatio(colour, background)),
  );
}

describe('accent colours', () => {
  it('computes contrast as WCAG 2.x does', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
    // The classic borderline grey: 4.48:1 on white, just short of AA.
    assert.equal(Math.round(contrastRatio('#777777', '#ffffff') * 100) / 100, 4.48);
    assert.equal(contrastRatio('#0b57a4', '#ffffff'), contrastRatio('#ffffff', '#0b57a4'));
  });

  it('reads colours as people write them', () => {
    assert.equal(normalizeHexColour(' #0B6E4F '), '#0b6e4f');
    assert.equal(normalizeHexColour('0b6e4f'), '#0b6e4f');
    assert.equal(normalizeHexColour('#f00'), '#ff0000');
    for (const wrong of ['red', '#0b6e4', '#0b6e4fa', 'rgb(0,0,0)', '', '#ggg']) {
      assert.equal(normalizeHexColour(wrong), undefined, wrong);
    }
  });

  it('refuses a light accent that fails 4.5:1 on white, saying by how much', () => {
    assert.equal(
      refusal('#ffcc00', 'light'),
      '#ffcc00 has a contrast of 1.5:1 on white; text and buttons in the accent colour need at least 4.5:1 (WCAG AA). Choose a darker shade.',
    );
    // 4.48:1 is refused, and never shown rounded up to "4.5:1".
    assert.match(refusal('#777777', 'light') ?? '', /^#777777 has a contrast of 4\.4:1 on white/);
  });

  it('refuses a light accent that passes on white but not on the grey of boxes', () => {
    assert.ok(contrastRatio('#767676', '#ffffff') >= MINIMUM_CONTRAST);
    assert.match(
      refusal('#767676', 'light') ?? '',
      /^#767676 has a contrast of 4\.\d:1 on the light grey of boxes \(#f4f3ef\)/,
    );
  });

  it('refuses a dark-mode accent that fails on the dark background', () => {
    assert.match(
      refusal('#a3141c', 'dark') ?? '',
      /^#a3141c has a contrast of 2\.\d:1 on the dark background \(#161616\); text in the accent colour needs at least 4\.5:1 \(WCAG AA\)\. Choose a lighter shade, or leave this empty/,
    );
    assert.equal(refusal(DEFAULT_DARK_ACCENT, 'dark'), undefined);
  });

  it('accepts the network colours that pass', () => {
    for (const colour of ['#0b6e4f', '#a3141c', '#0b57a4', '#000000', '#5a2d82']) {
      assert.equal(refusal(colour, 'light'), undefined, colour);
    }
  });

  it('needs a second accent for dark mode: no colour passes on both white and #161616', () => {
    for (let grey = 0; grey < 256; grey += 1) {
      const hex = grey.toString(16).padStart(2, '0');
      const colour = `#${hex}${hex}${hex}` as const;
      assert.ok(
        weakest(colour, 'light') < MINIMUM_CONTRAST || weakest(colour, 'dark') < MINIMUM_CONTRAST,
        colour,
      );
    }
  });

  it('lightens any accent into a tint that passes in dark mode, keeping its hue', () => {
    for (const colour of [
      '#0b6e4f',
      '#a3141c',
      '#0b57a4',
      '#000000',
      '#5a2d82',
      '#7a5c00',
    ] as const) {
      const tint = darkTintOf(colour);
      assert.ok(weakest(tint, 'dark') >= MINIMUM_CONTRAST, `${colour} → ${tint}`);
      assert.equal(refusal(tint, 'dark'), undefined);
    }
    // Green stays green: its green channel leads.
    const [red, green, blue] = [1, 3, 5].map((at) =>
      Number.parseInt(darkTintOf('#0b6e4f').slice(at, at + 2), 16),
    ) as [number, number, number];
    assert.ok(green > red && green > blue, darkTintOf('#0b6e4f'));
  });

  it('pairs each light accent with its dark one', () => {
    const stored = { accentColour: DEFAULT_ACCENT, darkAccentColour: '' };
    assert.deepEqual(accentPair(stored), { light: DEFAULT_ACCENT, dark: DEFAULT_DARK_ACCENT });
    assert.deepEqual(accentPair({ accentColour: '#0b6e4f', darkAccentColour: '' }), {
      light: '#0b6e4f',
      dark: darkTintOf('#0b6e4f'),
    });
    assert.deepEqual(accentPair({ accentColour: '#0b6e4f', darkAccentColour: '#7fe0b8' }), {
      light: '#0b6e4f',
      dark: '#7fe0b8',
    });
  });
});
