import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import {
  DEFAULT_ACCENT,
  DEFAULT_DARK_ACCENT,
  SITE_BACKGROUNDS,
  darkTintOf,
} from '../../domain/settings/accent-colours.ts';
import { BrandStylesheet } from './brand-stylesheet.ts';

const siteCss = fs.readFileSync(new URL('../../views/assets/site.css', import.meta.url));

/** The value of a custom property in the first rule of `css` that declares it. */
function declared(css: string, property: string): string | undefined {
  return new RegExp(`${property}:\\s*(#[0-9a-f]{3,6})`, 'i').exec(css)?.[1]?.toLowerCase();
}

/** site.css's light `:root` and the dark one, as text. */
function rootBlocks(css: string): { light: string; dark: string } {
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
  assert.ok(darkStart > 0, 'site.css has a dark block');
  return { light: css.slice(0, darkStart), dark: css.slice(darkStart) };
}

describe('the brand stylesheet', () => {
  it('rests on the colours the contrast rules assume', () => {
    const { light, dark } = rootBlocks(siteCss.toString());
    assert.equal(declared(light, '--accent'), DEFAULT_ACCENT);
    assert.equal(declared(dark, '--accent'), DEFAULT_DARK_ACCENT);
    assert.equal(declared(light, '--bg'), '#fff');
    assert.equal(SITE_BACKGROUNDS.light.white, '#ffffff');
    assert.equal(declared(light, '--surface'), SITE_BACKGROUNDS.light.lightBoxes);
    assert.equal(declared(dark, '--bg'), SITE_BACKGROUNDS.dark.dark);
    assert.equal(declared(dark, '--surface'), SITE_BACKGROUNDS.dark.darkBoxes);
  });

  it('serves site.css as it is, under its usual fingerprint, without a brand', () => {
    const stylesheet = new BrandStylesheet(siteCss, 'site');
    const built = stylesheet.build({ light: DEFAULT_ACCENT, dark: DEFAULT_DARK_ACCENT });
    const hash = createHash('sha256').update(siteCss).digest('hex').slice(0, 10);
    assert.equal(built.publicName, `site.${hash}.css`);
    assert.deepEqual(built.representation.identity, siteCss);
  });

  it('paints the brand’s accents in both modes, at the same size, under a new fingerprint', () => {
    const stylesheet = new BrandStylesheet(siteCss, 'site');
    const plain = stylesheet.build({ light: DEFAULT_ACCENT, dark: DEFAULT_DARK_ACCENT });
    const accents = { light: '#0b6e4f' as const, dark: darkTintOf('#0b6e4f') };
    const green = stylesheet.build(accents);
    assert.notEqual(green.publicName, plain.publicName);
    assert.match(green.publicName, /^site\.[0-9a-f]{10}\.css$/);
    assert.equal(stylesheet.pathFor(accents), `/assets/${green.publicName}`);
    const css = green.representation.identity.toString();
    const { light, dark } = rootBlocks(css);
    assert.equal(declared(light, '--accent'), '#0b6e4f');
    assert.equal(declared(dark, '--accent'), accents.dark);
    // The same bytes but for the two colours: no rule added, no page's style inline.
    assert.equal(green.representation.identity.length, siteCss.length);
    assert.equal(
      css.replace('#0b6e4f', DEFAULT_ACCENT).replace(accents.dark, DEFAULT_DARK_ACCENT),
      siteCss.toString(),
    );
    // Built once: the same object for the same accents, and found by its name.
    assert.equal(stylesheet.build(accents), green);
    assert.equal(stylesheet.findBuilt(green.publicName), green.representation);
    assert.equal(stylesheet.findBuilt('site.0000000000.css'), undefined);
    assert.ok(stylesheet.isNameOfThis('site.0000000000.css'));
    assert.equal(stylesheet.isNameOfThis('admin.0000000000.css'), false);
    assert.equal(stylesheet.isNameOfThis('site.css'), false);
  });

  it('refuses to start on a stylesheet whose accents the rules do not know', () => {
    const edited = Buffer.from(siteCss.toString().replace(DEFAULT_ACCENT, '#123456'));
    assert.throws(() => new BrandStylesheet(edited, 'site'), /must declare --accent: #a3141c/);
  });
});
