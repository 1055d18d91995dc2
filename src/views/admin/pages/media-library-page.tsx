import type { MediaItem } from '../../../domain/media/media-types.ts';
import { messageParts, useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { ErrorSummary, type FieldErrors, Notice, TextField } from '../components/form-fields.tsx';
import { AdminTime } from '../components/admin-time.tsx';

/** An upload or alt-text change the server refused. */
export interface MediaFailure {
  /** `upload`, or the id of the media item whose alt text was refused. */
  target: string;
  message: string;
  errors: FieldErrors;
  values: Record<string, string>;
}

function pageHref(query: string, page: number): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/admin/media?${search}` : '/admin/media';
}

function UploadForm({
  chrome,
  maxMegabytes,
  failure,
}: {
  chrome: AdminChrome;
  maxMegabytes: number;
  failure?: MediaFailure;
}) {
  const { t } = useAdminI18n();
  const labels = { file: t('admin.media.field.file'), alt: t('admin.media.field.alt') };
  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('admin.media.upload')}</h2>
      {failure && (
        <ErrorSummary
          formId="upload"
          message={failure.message}
          errors={failure.errors}
          labels={labels}
        />
      )}
      <form method="post" action="/admin/media" enctype="multipart/form-data">
        {/* First, before the file: the route checks it before reading the file. */}
        <CsrfField token={chrome.csrfToken} />
        <TextField
          formId="upload"
          name="alt"
          label={labels.alt}
          hint={t('admin.media.field.alt.hint')}
          value={failure?.values.alt ?? ''}
          error={failure?.errors.alt}
          maxLength={500}
        />
        <div class="field">
          <label for="upload-file">{labels.file}</label>
          <input
            id="upload-file"
            type="file"
            name="file"
            required
            accept="image/jpeg,image/png,image/webp,image/gif,application/pdf"
            aria-describedby="upload-file-hint"
          />
          <p class="hint" id="upload-file-hint">
            {t('admin.media.field.file.hint', { max: maxMegabytes })}
          </p>
        </div>
        <button type="submit">{t('admin.media.upload.submit')}</button>
      </form>
    </section>
  );
}

function thumbnailOf(item: MediaItem): string {
  return item.variants[0]?.url ?? item.url;
}

function MediaEntry({
  item,
  csrfToken,
  failure,
}: {
  item: MediaItem;
  csrfToken: string;
  failure?: MediaFailure;
}) {
  const i18n = useAdminI18n();
  const { t } = i18n;
  const formId = `media-${item.id}`;
  const mine = failure?.target === item.id ? failure : undefined;
  return (
    <li class="media-entry">
      {item.kind === 'image' ? (
        <img
          class="media-thumbnail"
          src={thumbnailOf(item)}
          alt={item.alt}
          width={item.width ?? undefined}
          height={item.height ?? undefined}
          loading="lazy"
        />
      ) : (
        <p class="media-document">{t('admin.media.pdf')}</p>
      )}
      <div>
        <h3 class="media-name">
          <a href={item.url}>{item.originalName}</a>
        </h3>
        <p class="hint">
          {item.mimeType} · {i18n.formatFileSize(item.byteSize)}
          {item.width && item.height
            ? ` · ${t('admin.media.dimensions', { width: item.width, height: item.height })}`
            : ''}{' '}
          ·{' '}
          {messageParts(i18n, 'admin.media.uploaded', {
            time: <AdminTime value={item.createdAt} />,
          })}
        </p>
        <p class="hint">{messageParts(i18n, 'admin.media.id', { id: <code>{item.id}</code> })}</p>
        {item.kind === 'image' && !item.alt && (
          <p class="field-error">{t('admin.media.noAltYet')}</p>
        )}
        <form method="post" action={`/admin/media/${item.id}/alt`}>
          <CsrfField token={csrfToken} />
          <TextField
            formId={formId}
            name="alt"
            label={t('admin.media.altOf', { name: item.originalName })}
            value={mine?.values.alt ?? item.alt}
            error={mine?.errors.alt ?? (mine ? mine.message : undefined)}
            maxLength={500}
          />
          <button type="submit" class="secondary">
            {t('admin.media.saveAlt')}
          </button>
        </form>
        <p>
          <a href={`/admin/media/${item.id}/trash`}>
            {t('admin.media.moveToTrash')}
            <span class="visually-hidden"> {item.originalName}</span>
          </a>
        </p>
      </div>
    </li>
  );
}

/** The media library: search, page through, upload and describe uploads. */
export function MediaLibraryPage({
  chrome,
  items,
  query,
  page,
  pageCount,
  total,
  maxMegabytes,
  notice,
  failure,
}: {
  chrome: AdminChrome;
  items: MediaItem[];
  query: string;
  page: number;
  pageCount: number;
  total: number;
  maxMegabytes: number;
  notice?: string;
  failure?: MediaFailure;
}) {
  const { t } = chrome.i18n;
  return (
    <AdminLayout chrome={chrome} title={t('admin.media.title')}>
      <Notice>{notice}</Notice>
      <UploadForm
        chrome={chrome}
        maxMegabytes={maxMegabytes}
        failure={failure?.target === 'upload' ? failure : undefined}
      />
      <section aria-labelledby="library-heading">
        <h2 id="library-heading">{t('admin.media.library')}</h2>
        <form method="get" action="/admin/media" role="search" class="media-search">
          <label for="media-query">{t('admin.media.search')}</label>
          <div class="actions">
            <input id="media-query" type="search" name="q" value={query} maxLength={200} />
            <button type="submit" class="secondary">
              {t('admin.media.search.submit')}
            </button>
          </div>
        </form>
        <p role="status">
          {total === 0
            ? query
              ? t('admin.media.nothingMatches', { query })
              : t('admin.media.nothingYet')
            : query
              ? t('admin.media.countMatching', { count: total, query, page, pageCount })
              : t('admin.media.count', { count: total, page, pageCount })}
        </p>
        {items.length > 0 && (
          <ul class="media-list">
            {items.map((item) => (
              <MediaEntry item={item} csrfToken={chrome.csrfToken} failure={failure} />
            ))}
          </ul>
        )}
        {pageCount > 1 && (
          <nav aria-label={t('admin.media.pages')} class="pager">
            {page > 1 && <a href={pageHref(query, page - 1)}>{t('admin.media.newer')}</a>}
            {page < pageCount && <a href={pageHref(query, page + 1)}>{t('admin.media.older')}</a>}
          </nav>
        )}
      </section>
    </AdminLayout>
  );
}
