import type { ContentDetail, ContentSummary } from '../../domain/content/content-types.ts';
import { LabelList } from '../components/label-list.tsx';
import { TrustedHtml } from '../components/trusted-html.tsx';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

export function PostPage({
  chrome,
  post,
  older,
  newer,
}: {
  chrome: SiteChrome;
  post: ContentDetail;
  older?: ContentSummary;
  newer?: ContentSummary;
}) {
  const { i18n } = chrome;
  return (
    <SiteLayout
      chrome={chrome}
      meta={{ title: post.title, description: post.excerpt, path: post.path, ogType: 'article' }}
    >
      <article class="post" lang={post.locale === i18n.locale ? undefined : post.locale}>
        <header>
          <h1>{post.title}</h1>
          <p class="meta">
            <time datetime={post.publishedAt}>{i18n.formatDate(post.publishedAt, 'full')}</time>
            {post.authorName && <> · {i18n.t('post.by', { name: post.authorName })}</>}
          </p>
          <LabelList labels={post.labels} title={i18n.t('post.labels')} />
        </header>
        {post.featuredImage && (
          <img class="featured" src={post.featuredImage.url} alt={post.featuredImage.alt} />
        )}
        <TrustedHtml className="prose" html={post.bodyHtml} />
      </article>
      {(older || newer) && (
        <nav class="neighbours" aria-label={i18n.t('post.neighbours')}>
          {newer && (
            <p>
              {i18n.t('post.newer')}:{' '}
              <a href={newer.path} rel="next">
                {newer.title}
              </a>
            </p>
          )}
          {older && (
            <p>
              {i18n.t('post.older')}:{' '}
              <a href={older.path} rel="prev">
                {older.title}
              </a>
            </p>
          )}
        </nav>
      )}
    </SiteLayout>
  );
}
