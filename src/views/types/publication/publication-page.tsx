import type { ContentDetail } from '../../../domain/content/content-item.ts';
import {
  type PublicationFile,
  publicationFieldsOf,
} from '../../../domain/publications/publication-files.ts';
import { ACCEPTED_MEDIA_TYPES, type AcceptedMimeType } from '../../../domain/media/media-types.ts';
import { ownLanguageName } from '../../../lib/i18n/language-names.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { FactsList } from '../../components/facts-list.tsx';
import { useMediaUrl } from '../../components/media-public-url.ts';
import { OrganizationLinks, mentionsIn } from '../../components/organization-links.tsx';
import { ItemPageLayout, type ItemPageProps } from '../../layouts/item-page-layout.tsx';

/** "PDF" for a PDF: the short name readers know the type by. */
function typeLabel(mimeType: string): string {
  return Object.hasOwn(ACCEPTED_MEDIA_TYPES, mimeType)
    ? ACCEPTED_MEDIA_TYPES[mimeType as AcceptedMimeType].label
    : mimeType;
}

/** One link per language, named in that language, with the file's type and size. */
function FileList({ files, i18n }: { files: PublicationFile[]; i18n: Translator }) {
  const mediaUrl = useMediaUrl();
  if (files.length === 0) return null;
  return (
    <section aria-labelledby="files">
      <h2 id="files">{i18n.t('publication.files')}</h2>
      <ul class="files">
        {files.map(({ language, media }) => (
          <li>
            <a href={mediaUrl(media.url)} hreflang={language} type={media.mimeType} download>
              <span lang={language}>{ownLanguageName(language)}</span>
            </a>{' '}
            <span class="meta">
              {i18n.t('publication.fileFacts', {
                type: typeLabel(media.mimeType),
                size: i18n.formatFileSize(media.byteSize),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PublicationFacts({ item, i18n }: { item: ContentDetail; i18n: Translator }) {
  const fields = publicationFieldsOf(item);
  const publishers = mentionsIn(item, 'publishers');
  return (
    <FactsList
      facts={[
        [i18n.t('publication.kind'), fields.kind],
        [
          i18n.t('publication.publishers'),
          publishers.length > 0 && <OrganizationLinks organizations={publishers} />,
        ],
        [i18n.t('publication.pages'), fields.pageCount && i18n.formatNumber(fields.pageCount)],
      ]}
    />
  );
}

/** A guide or report: its cover, what it is, and a file for each language. */
export function PublicationPage(props: ItemPageProps & { files: PublicationFile[] }) {
  const { chrome, item, files } = props;
  const { i18n } = chrome;
  return (
    <ItemPageLayout
      {...props}
      kicker={publicationFieldsOf(item).kind ?? i18n.t('type.publication')}
      facts={
        <>
          <PublicationFacts item={item} i18n={i18n} />
          <FileList files={files} i18n={i18n} />
        </>
      }
    />
  );
}
