import type { TypeAddress } from './content-type-definition.ts';

/** `/<segment>` lists the items, newest first; `/<segment>/<slug>` shows one. */
export function segmentAddress(
  segment: string,
  options: { listed?: boolean; ownPages?: boolean } = {},
): TypeAddress {
  return {
    listing: options.listed === false ? null : `/${segment}`,
    ownPages: options.ownPages ?? false,
    itemPath: (slug) => `/${segment}/${slug}`,
  };
}

/** `/YYYY/MM/slug`, from the UTC month of publication: the news stream's addresses. */
export function postPath(slug: string, publishedAt: string): string {
  return `/${publishedAt.slice(0, 4)}/${publishedAt.slice(5, 7)}/${slug}`;
}

/** A report's slug is `country-year`; its page is `/impact/country/year`. */
export function reportPath(slug: string): string {
  const match = /^(.+)-(\d{4})$/.exec(slug);
  return match ? `/impact/${match[1]}/${match[2]}` : `/impact/${slug}`;
}

/** Posts: listed in the stream at `/`, each at its dated address. */
export const postAddress: TypeAddress = { listing: '/', ownPages: true, itemPath: postPath };

/** Reports: the programme's results at `/impact`, each at `/impact/country/year`. */
export const reportAddress: TypeAddress = {
  listing: '/impact',
  ownPages: true,
  itemPath: reportPath,
};
