import { INTERFACE_LANGUAGES } from '../../src/lib/i18n/languages.ts';

export interface PageType {
  name: string;
  path: string;
  /** The status the page is meant to answer with (the 404 page's is 404). */
  status: number;
  /**
   * The page asks search engines not to index it (search results), so Lighthouse's
   * "is crawlable" audit is meant to fail there and is left out; every other SEO audit counts.
   */
  noindex?: true;
}

/** Every public page type; the post is the first post the home page links to. */
export async function discoverPageTypes(baseUrl: string): Promise<PageType[]> {
  const home = await (await fetch(`${baseUrl}/`)).text();
  const postPath = /<h3 class="summary-title"><a href="(\/\d{4}\/\d{2}\/[^"]+)"/.exec(home)?.[1];
  if (!postPath) throw new Error('The home page links to no post.');
  return [
    { name: 'home', path: '/', status: 200 },
    { name: 'home page 2', path: '/?page=2', status: 200 },
    { name: 'post', path: postPath, status: 200 },
    { name: 'country', path: '/countries/nepal', status: 200 },
    { name: 'theme', path: '/themes/gender-equality', status: 200 },
    { name: 'archive', path: '/archive', status: 200 },
    { name: 'archive month', path: '/archive/2021/02', status: 200 },
    { name: 'about', path: '/about', status: 200 },
    { name: 'impact', path: '/impact', status: 200 },
    { name: 'report', path: '/impact/nepal/2020', status: 200 },
    { name: 'organizations', path: '/organizations', status: 200 },
    { name: 'organization', path: '/organizations/gefont', status: 200 },
    { name: 'events', path: '/events', status: 200 },
    { name: 'event', path: '/events/social-protection-floor-webinar', status: 200 },
    { name: 'publications', path: '/publications', status: 200 },
    { name: 'publication', path: '/publications/gender-equality-pocket-guide', status: 200 },
    { name: 'stories', path: '/stories', status: 200 },
    { name: 'story', path: '/stories/gopal-old-age-allowance', status: 200 },
    { name: 'statements', path: '/statements', status: 200 },
    { name: 'statement', path: '/statements/may-day-garment-workers-demands', status: 200 },
    { name: 'call to action', path: '/statements/vaccines-for-all-open-letter', status: 200 },
    {
      name: 'event taking registrations',
      path: '/events/home-based-workers-online-assembly',
      status: 200,
    },
    {
      name: 'call to action signed here',
      path: '/statements/home-based-workers-charter',
      status: 200,
    },
    { name: 'search', path: '/search?q=social+protection', status: 200, noindex: true },
    {
      name: 'search filtered',
      path: '/search?q=workers&country=nepal&type=story',
      status: 200,
      noindex: true,
    },
    { name: 'search empty', path: '/search', status: 200, noindex: true },
    { name: 'subscribe', path: '/subscribe?country=nepal', status: 200 },
    { name: 'newsletters', path: '/newsletters', status: 200 },
    { name: 'privacy', path: '/privacy', status: 200 },
    { name: 'not found', path: '/no/such/page', status: 404 },
  ];
}

/**
 * The same page types in the other interface languages, under their prefixes (`/ne/…`):
 * other scripts, digits and word lengths, held to the same gates.
 */
export function otherLanguagePageTypes(pageTypes: PageType[]): PageType[] {
  return INTERFACE_LANGUAGES.filter((language) => language !== 'en').flatMap((language) =>
    pageTypes.map((pageType) => ({
      ...pageType,
      name: `${pageType.name} (${language})`,
      path: `/${language}${pageType.path}`,
    })),
  );
}

/**
 * The page types Lighthouse audits: home, a post, a country page, the about page, a search;
 * and the home page in Khmer and in Nepali (the scripts with the heaviest fonts).
 */
export function lighthousePageTypes(pageTypes: PageType[]): PageType[] {
  const names = new Set(['home', 'post', 'country', 'about', 'search', 'home (km)', 'home (ne)']);
  return pageTypes.filter((pageType) => names.has(pageType.name));
}
