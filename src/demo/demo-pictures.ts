import { loadSharp } from '../domain/media/image-variants.ts';
import { type CoverText, coverSvg, portraitSvg } from './demo-cover-drawing.ts';
import { pictureColoursFor } from './demo-picture-colours.ts';
import { type SceneMotif, sceneSvg } from './demo-picture-drawing.ts';

/** What the demo draws for an item, and the alt text that says what it shows. */
export type DemoPicture =
  | { kind: 'scene'; motif: SceneMotif; alt: string }
  | { kind: 'cover'; text: CoverText; alt: string }
  /** A storyteller's outline portrait with their initial: only for a named person. */
  | { kind: 'portrait'; initial: string; alt: string };

const scene = (motif: SceneMotif, alt: string): DemoPicture => ({
  kind: 'scene',
  motif,
  alt: `Illustration: ${alt}`,
});

const portrait = (name: string): DemoPicture => ({
  kind: 'portrait',
  initial: name.slice(0, 1),
  alt: `Drawn portrait of ${name}: the outline of a head and shoulders, with the initial ${name.slice(0, 1)}`,
});

/**
 * The demo items that get a picture, by slug: half of them — a newsroom publishes many
 * items without one, and its listings must look right both ways. (Each costs the load some
 * 100 ms, mostly for its WebP variants.) Reports keep their charts;
 * the story told under a withheld name gets none, as its consent covers no picture.
 */
export const demoPictures: ReadonlyMap<string, DemoPicture> = new Map([
  [
    'cambodian-migrants-returning-from-thailand',
    scene('route', 'a dotted road winding home under a rising sun'),
  ],
  [
    'indonesia-informal-workers-bpjs-ketenagakerjaan',
    scene('wheels', 'a rider on a motorbike with a delivery box'),
  ],
  ['young-informal-uninsured-webinar', scene('screen', 'a video call of six people on a screen')],
  [
    'home-based-workers-online-assembly',
    scene('screen', 'a video call of six home-based workers on a screen'),
  ],
  ['home-based-workers-charter', scene('homes', 'a row of houses, one with its door lit')],
  [
    'nepal-second-wave-migrants-border',
    scene('clinic', 'a white cross in rings, the sign of a clinic'),
  ],
  ['liza-market-vendor-sss', portrait('Liza')],
  ['may-day-online-rally', scene('crowd', 'rows of people, a few with their hands raised')],
  [
    'rana-plaza-eight-years-employment-injury-insurance',
    scene('city', 'factory and office blocks with lit windows'),
  ],
  ['gopal-old-age-allowance', portrait('Gopal')],
  [
    'philippines-young-delivery-riders-social-protection',
    scene('wheels', 'a rider on a motorbike with a delivery box'),
  ],
  ['sri-domestic-worker-accident-cover', portrait('Sri')],
  [
    'india-labour-codes-who-is-left-outside',
    scene('crowd', 'rows of workers, some set apart in another colour'),
  ],
  ['chanthy-maternity-cover', portrait('Chanthy')],
  ['international-womens-day-2021', scene('crowd', 'rows of women, a few with their hands raised')],
  [
    'philippines-kasambahay-social-security-registration',
    scene('homes', 'a row of houses, one with its door lit'),
  ],
  ['devi-child-grant', portrait('Devi')],
  [
    'social-protection-floor-webinar',
    scene('umbrella', 'an umbrella sheltering five people from the rain'),
  ],
  [
    'gender-equality-pocket-guide',
    {
      kind: 'cover',
      text: { title: 'Gender equality', subtitle: 'A pocket guide', footer: 'EN · FR · NL · ES' },
      alt: 'Cover of “Gender equality: a pocket guide”, in English, French, Dutch and Spanish',
    },
  ],
  ['khadija-garment-union', portrait('Khadija')],
  [
    'nepal-social-security-fund-enrolment-2020',
    scene('rising', 'bars rising to the right under an upward arrow'),
  ],
  [
    'looking-back-on-2020-social-protection',
    scene('umbrella', 'an umbrella sheltering five people from the rain'),
  ],
]);

function svgOf(picture: DemoPicture, countrySlug: string | null): string {
  const colours = pictureColoursFor(countrySlug);
  switch (picture.kind) {
    case 'scene':
      return sceneSvg(picture.motif, colours);
    case 'cover':
      return coverSvg(picture.text, colours);
    case 'portrait':
      return portraitSvg(picture.initial, colours);
  }
}

/**
 * The picture as a PNG of at most 64 colours: flat shapes compress to 6–25 KB, and a PNG is
 * stored as it is (a JPEG or WebP original would be encoded once more on upload).
 */
export async function drawDemoPicture(
  picture: DemoPicture,
  countrySlug: string | null,
): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(Buffer.from(svgOf(picture, countrySlug)))
    .png({ palette: true, colours: 64, compressionLevel: 7, effort: 1 })
    .toBuffer();
}
