import type { ComponentProps } from 'preact';
import { ItemArticle } from '../components/item-article.tsx';
import { SiteLayout } from './site-layout.tsx';

/**
 * The page of one item of any type: the site's frame, the item's title and excerpt as the
 * page's, and its article. `scripts` are the page's enhancements (an event's local time).
 */
export function ItemPageLayout({
  scripts,
  ogType = 'article',
  ...article
}: ComponentProps<typeof ItemArticle> & {
  scripts?: string[];
  ogType?: 'article' | 'website';
}) {
  const { chrome, item } = article;
  return (
    <SiteLayout
      chrome={chrome}
      meta={{ title: item.title, description: item.excerpt, path: item.path, ogType }}
      scripts={scripts}
    >
      <ItemArticle {...article} />
    </SiteLayout>
  );
}
