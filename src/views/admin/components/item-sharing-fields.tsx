import { SHARING_LIMITS, sharingText } from '../../../domain/content/item-sharing.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { type FieldErrors, TextAreaField, TextField } from './form-fields.tsx';
import { type MediaChoice, MediaChoiceField } from './media-choice-field.tsx';

/** What the share card shows besides the item's own fields. */
export interface SharePreviewContext {
  /** The site's host name, as a link preview prints it (`socialprotection.example`). */
  siteHost: string;
  /**
   * The card drawn from the item's title when it has no picture (see social-card.ts), or
   * null for a new item, which has none yet.
   */
  generatedCardUrl: string | null;
}

interface SharingValues {
  title: string;
  excerpt: string;
  featuredMediaId: string;
  metaTitle: string;
  metaDescription: string;
  socialImageId: string;
}

/** The picture a shared link shows: the social image, else the featured one, else the card. */
function previewImageUrl(
  values: SharingValues,
  images: MediaChoice[],
  generatedCardUrl: string | null,
): string | null {
  const chosen = (id: string) => images.find((image) => image.value === id)?.thumbnailUrl;
  return (
    (values.socialImageId && chosen(values.socialImageId)) ||
    (values.featuredMediaId && chosen(values.featuredMediaId)) ||
    generatedCardUrl
  );
}

/**
 * How a shared link to the item looks (WhatsApp, Facebook, Telegram draw the same card from
 * og:title, og:description and og:image). Drawn by the server from the saved values; the
 * editor's script (src/admin-editor/share-preview.ts) redraws it as the fields change.
 */
function SharePreview({
  values,
  images,
  context,
}: {
  values: SharingValues;
  images: MediaChoice[];
  context: SharePreviewContext;
}) {
  const { title, description } = sharingText({
    title: values.title,
    excerpt: values.excerpt,
    metaTitle: values.metaTitle || null,
    metaDescription: values.metaDescription || null,
  });
  const imageUrl = previewImageUrl(values, images, context.generatedCardUrl);
  const i18n = useAdminI18n();
  return (
    <figure
      class="share-preview"
      data-share-preview=""
      data-generated-card={context.generatedCardUrl ?? ''}
    >
      <div class="share-card" aria-hidden="true">
        {imageUrl ? (
          <img class="share-card-image" src={imageUrl} alt="" width={600} height={315} />
        ) : (
          <div class="share-card-image share-card-no-image" />
        )}
        <div class="share-card-text">
          <p class="share-card-host">{context.siteHost}</p>
          <p class="share-card-title" data-share-title="">
            {title || i18n.t('admin.sharing.untitled')}
          </p>
          <p class="share-card-description" data-share-description="">
            {description}
          </p>
        </div>
      </div>
      <figcaption>{i18n.t('admin.sharing.caption')}</figcaption>
    </figure>
  );
}

/**
 * "Search and sharing": the title and description search engines and link previews use, and
 * the picture of a shared link, each falling back to the item's own (title, excerpt, featured
 * image), with a preview of the card. Folded away until used, as most items need none of it.
 */
export function ItemSharingFields({
  formId,
  values,
  images,
  errors,
  context,
}: {
  formId: string;
  values: SharingValues;
  images: MediaChoice[];
  errors: FieldErrors;
  context: SharePreviewContext;
}) {
  const isOpen = Boolean(
    values.metaTitle ||
    values.metaDescription ||
    values.socialImageId ||
    errors.metaTitle ||
    errors.metaDescription ||
    errors.socialImageId,
  );
  const i18n = useAdminI18n();
  return (
    <details class="item-sharing" open={isOpen}>
      <summary>{i18n.t('admin.sharing.summary')}</summary>
      <SharePreview values={values} images={images} context={context} />
      <TextField
        formId={formId}
        name="metaTitle"
        label={i18n.t('admin.sharing.metaTitle')}
        hint={i18n.t('admin.sharing.metaTitle.hint', { max: SHARING_LIMITS.metaTitle })}
        value={values.metaTitle}
        placeholder={values.title}
        maxLength={SHARING_LIMITS.metaTitle}
        error={errors.metaTitle}
      />
      <TextAreaField
        formId={formId}
        name="metaDescription"
        label={i18n.t('admin.sharing.metaDescription')}
        hint={i18n.t('admin.sharing.metaDescription.hint', {
          max: SHARING_LIMITS.metaDescription,
        })}
        rows={3}
        value={values.metaDescription}
        placeholder={values.excerpt}
        maxLength={SHARING_LIMITS.metaDescription}
        error={errors.metaDescription}
      />
      <MediaChoiceField
        formId={formId}
        name="socialImageId"
        label={i18n.t('admin.sharing.image')}
        hint={i18n.t('admin.sharing.image.hint')}
        noneLabel={i18n.t('admin.sharing.image.none')}
        images={images}
        value={values.socialImageId}
        error={errors.socialImageId}
      />
    </details>
  );
}

/** The labels the error summary names these fields by. */
export function sharingFieldLabels(i18n: Translator): Record<string, string> {
  return {
    metaTitle: i18n.t('admin.sharing.metaTitle'),
    metaDescription: i18n.t('admin.sharing.metaDescription'),
    socialImageId: i18n.t('admin.sharing.image'),
  };
}
