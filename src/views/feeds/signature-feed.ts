import { Feed } from 'feed';
import { feedHtmlText } from './feed-text.ts';
import type { PublicSignature } from '../../domain/signatures/signature-section.ts';

/**
 * The Atom feed of a statement's named signatories, newest first: approved organisations and
 * the individuals who chose to be named. Each entry says who signed and from where, and
 * nothing else: no address is ever selected for it (see signature-repository.ts).
 */
export function renderSignatureFeed(source: {
  title: string;
  language: string;
  /** Absolute URL of the statement's page. */
  itemUrl: string;
  /** Absolute URL of this feed. */
  feedUrl: string;
  signatures: PublicSignature[];
}): string {
  const newest = source.signatures[0]?.signedAt || '1970-01-01T00:00:00.000Z';
  const feed = new Feed({
    id: source.feedUrl,
    title: source.title,
    link: source.itemUrl,
    language: source.language,
    updated: new Date(newest),
    generator: 'inspir',
    copyright: '',
    author: { name: source.title },
    feedLinks: { atom: source.feedUrl },
  });
  for (const signature of source.signatures) {
    const who = signature.kind === 'organization' ? signature.organization : signature.name;
    const where = [
      signature.kind === 'individual' ? signature.organization : '',
      signature.country,
    ].filter(Boolean);
    const date = new Date(signature.signedAt || newest);
    feed.addItem({
      // A tag URI of its own: signatories have no page, and the statement's is not theirs.
      id: `${source.feedUrl}#signature-${signature.id}`,
      link: source.itemUrl,
      title: feedHtmlText(where.length > 0 ? `${who} (${where.join(', ')})` : who),
      date,
      published: date,
      author: [{ name: who }],
    });
  }
  return feed.atom1();
}
