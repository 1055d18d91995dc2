import type { MediaItem } from '../../../domain/media/media-types.ts';
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

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
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
  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading">Upload</h2>
      {failure && (
        <ErrorSummary
          formId="upload"
          message={failure.message}
          errors={failure.errors}
          labels={{ file: 'File', alt: 'Alt text' }}
        />
      )}
      <form method="post" action="/admin/media" enctype="multipart/form-data">
        {/* First, before the file: the route checks it before reading the file. */}
        <CsrfField token={chrome.csrfToken} />
        <TextField
          formId="upload"
          name="alt"
          label="Alt text"
          hint="What the image shows, for readers who cannot see it. Needed before an image is published."
          value={failure?.values.alt ?? ''}
          error={failure?.errors.alt}
          maxLength={500}
        />
        <div class="field">
          <label for="upload-file">File</label>
          <input
            id="upload-file"
            type="file"
            name="file"
            required
            accept="image/jpeg,image/png,image/webp,image/gif,application/pdf"
            aria-describedby="upload-file-hint"
          />
          <p class="hint" id="upload-file-hint">
            JPEG, PNG, WebP, GIF or PDF, up to {maxMegabytes} MB.
          </p>
        </div>
        <button type="submit">Upload</button>
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
        <p class="media-document">PDF</p>
      )}
      <div>
        <h3 class="media-name">
          <a href={item.url}>{item.originalName}</a>
        </h3>
        <p class="hint">
          {item.mimeType} · {formatSize(item.byteSize)}
          {item.width && item.height ? ` · ${item.width} × ${item.height} px` : ''} · uploaded{' '}
          <AdminTime value={item.createdAt} />
        </p>
        <p class="hint">
          Media id: <code>{item.id}</code>
        </p>
        {item.kind === 'image' && !item.alt && (
          <p class="field-error">No alt text yet: add it before publishing this image.</p>
        )}
        <form method="post" action={`/admin/media/${item.id}/alt`}>
          <CsrfField token={csrfToken} />
          <TextField
            formId={formId}
            name="alt"
            label={`Alt text of ${item.originalName}`}
            value={mine?.values.alt ?? item.alt}
            error={mine?.errors.alt ?? (mine ? mine.message : undefined)}
            maxLength={500}
          />
          <button type="submit" class="secondary">
            Save alt text
          </button>
        </form>
        <p>
          <a href={`/admin/media/${item.id}/trash`}>
            Move to trash<span class="visually-hidden"> {item.originalName}</span>
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
  return (
    <AdminLayout chrome={chrome} title="Media">
      <Notice>{notice}</Notice>
      <UploadForm
        chrome={chrome}
        maxMegabytes={maxMegabytes}
        failure={failure?.target === 'upload' ? failure : undefined}
      />
      <section aria-labelledby="library-heading">
        <h2 id="library-heading">Library</h2>
        <form method="get" action="/admin/media" role="search" class="media-search">
          <label for="media-query">Search by file name or alt text</label>
          <div class="actions">
            <input id="media-query" type="search" name="q" value={query} maxLength={200} />
            <button type="submit" class="secondary">
              Search
            </button>
          </div>
        </form>
        <p role="status">
          {total === 0
            ? query
              ? `Nothing matches “${query}”.`
              : 'Nothing uploaded yet.'
            : `${total} upload${total === 1 ? '' : 's'}${query ? ` matching “${query}”` : ''}, page ${page} of ${pageCount}.`}
        </p>
        {items.length > 0 && (
          <ul class="media-list">
            {items.map((item) => (
              <MediaEntry item={item} csrfToken={chrome.csrfToken} failure={failure} />
            ))}
          </ul>
        )}
        {pageCount > 1 && (
          <nav aria-label="Pages of the library" class="pager">
            {page > 1 && <a href={pageHref(query, page - 1)}>Newer uploads</a>}
            {page < pageCount && <a href={pageHref(query, page + 1)}>Older uploads</a>}
          </nav>
        )}
      </section>
    </AdminLayout>
  );
}
