import type { ComponentProps } from 'preact';
import type { ContentSummary } from '../../domain/content/content-item.ts';
import type { CommentSection as CommentSectionData } from '../../domain/comments/comment-thread.ts';
import { CommentSection, commentsFeedPath } from '../components/comment-thread.tsx';
import { ItemArticle, type ItemArticleProps } from '../components/item-article.tsx';
import { RelatedItems } from '../components/related-items.tsx';
import { ShareLinks } from '../components/share-links.tsx';
import { itemPageMeta } from './item-page-meta.ts';
import { SiteLayout } from './site-layout.tsx';

/** What every item's page gets: its article's parts, and the items like it. */
export interface ItemPageProps extends ItemArticleProps {
  /** Shown after the article (see getRelatedItems). */
  related: ContentSummary[];
  /** Readers' comments and the form, under the article; none on a preview. */
  comments?: CommentSectionData;
}

/**
 * The page of one item of any type: the site's frame, the item's title and excerpt as the
 * page's, and its article. `scripts` are the page's enhancements (an event's local time).
 */
export function ItemPageLayout({
  scripts,
  ogType = 'article',
  related,
  comments,
  ...article
}: ComponentProps<typeof ItemArticle> & {
  related: ContentSummary[];
  comments?: CommentSectionData;
  scripts?: string[];
  ogType?: 'article' | 'website';
}) {
  const { chrome, item, translations } = article;
  const meta = {
    ...itemPageMeta(item, ogType, chrome, translations),
    commentsFeed: commentsFeedPath(item.path, comments),
  };
  return (
    <SiteLayout chrome={chrome} meta={meta} scripts={scripts}>
      <ItemArticle {...article} />
      <ShareLinks chrome={chrome} item={item} />
      {comments && <CommentSection chrome={chrome} itemPath={item.path} section={comments} />}
      <RelatedItems items={related} i18n={chrome.i18n} />
    </SiteLayout>
  );
}
