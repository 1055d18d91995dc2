/** The colours of one social card: text and muted text both pass WCAG AA on the background. */
export interface SocialCardPalette {
  background: string;
  /** The title. */
  text: string;
  /** The country and the site's name (≥ 4.5:1 on the background too). */
  muted: string;
  /** The type's badge (its word in `background`) and the faint arcs in the corner. */
  badge: string;
}

/**
 * One colour per country of the network, loosely from its flag, distinct from its neighbours'
 * so a stream of shared links reads at a glance; contrasts measured with the WCAG formula
 * (title / muted on background): india 6.7 / 5.4, bangladesh 6.9 / 5.7, nepal 7.8 / 6.1,
 * cambodia 10.3 / 7.7, indonesia 7.3 / 5.9, philippines 9.7 / 7.3, neutral 13.4 / 9.4; the
 * test holds every pair at 4.5 or more.
 */
const COUNTRY_PALETTES = new Map<string, SocialCardPalette>(
  Object.entries({
    india: { background: '#a03b0c', text: '#ffffff', muted: '#ffe1cc', badge: '#ffffff' },
    bangladesh: { background: '#006747', text: '#ffffff', muted: '#cdf0de', badge: '#ffffff' },
    nepal: { background: '#a3122f', text: '#ffffff', muted: '#ffd9df', badge: '#ffffff' },
    cambodia: { background: '#1b3a8c', text: '#ffffff', muted: '#d5defa', badge: '#ffffff' },
    indonesia: { background: '#0b5f6a', text: '#ffffff', muted: '#cdebee', badge: '#ffffff' },
    philippines: { background: '#f2c230', text: '#1a1f36', muted: '#3d3420', badge: '#1a1f36' },
  }),
);

/** Regional items and items without a country: the network's own charcoal. */
const NEUTRAL_PALETTE: SocialCardPalette = {
  background: '#27303b',
  text: '#ffffff',
  muted: '#d4d9df',
  badge: '#ffffff',
};

/** The palette of a country by its label's slug; the neutral one for any other or none. */
export function socialCardPalette(countrySlug: string | null): SocialCardPalette {
  return (countrySlug && COUNTRY_PALETTES.get(countrySlug)) || NEUTRAL_PALETTE;
}
