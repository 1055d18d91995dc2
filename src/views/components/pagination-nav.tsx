import type { Pagination } from '../../domain/content/content-item.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { useLocalPath } from './local-path.ts';

/** `?page=N` URL of a listing; page 1 is the listing's own address. */
export function pageHref(basePath: string, page: number): string {
  return page === 1 ? basePath : `${basePath}?page=${page}`;
}

/** Links to newer and older pages of a newest-first listing. */
export function PaginationNav({
  pagination,
  basePath,
  i18n,
}: {
  pagination: Pagination;
  basePath: string;
  i18n: Translator;
}) {
  const { page, pageCount } = pagination;
  const localPath = useLocalPath();
  if (pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label={i18n.t('pagination.label')}>
      {page > 1 && (
        <a href={localPath(pageHref(basePath, page - 1))} rel="prev">
          ← {i18n.t('pagination.newer')}
        </a>
      )}
      <span>{i18n.t('pagination.pageOf', { page, pageCount })}</span>
      {page < pageCount && (
        <a href={localPath(pageHref(basePath, page + 1))} rel="next">
          {i18n.t('pagination.older')} →
        </a>
      )}
    </nav>
  );
}
