import type { ComponentChildren } from 'preact';
import type { ItemAction } from '../../../domain/auth/permissions.ts';
import type { ContentStatus, ContentType } from '../../../domain/content/content-item.ts';
import type { RevisionSummary } from '../../../domain/editorial/revision-service.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import {
  CheckboxGroup,
  type ChoiceOption,
  type FieldErrors,
  Notice,
  TextAreaField,
  TextField,
} from '../components/form-fields.tsx';
import { ItemRevisionHistory } from '../components/item-revision-history.tsx';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { messageParts, useAdminI18n } from '../admin-i18n.ts';
import { AdminTime } from '../components/admin-time.tsx';
import {
  ItemWorkflowActions,
  type WorkflowFailure,
  workflowFieldLabels,
} from '../components/item-workflow-actions.tsx';
import {
  type EditConflict,
  EditConflictPanel,
  PageErrorSummary,
} from '../components/item-edit-refusals.tsx';
import { ItemPreviewActions } from '../components/item-preview-actions.tsx';
import {
  ItemSharingFields,
  type SharePreviewContext,
  sharingFieldLabels,
} from '../components/item-sharing-fields.tsx';
import { ItemTrashButton } from '../components/item-trash-button.tsx';
import { SignaturesLink } from '../components/signature-link.tsx';
import { ItemLanguageChoice } from '../components/item-language-field.tsx';
import { ItemCommentsField } from '../components/item-comments-field.tsx';
import { ItemTranslationsPanel } from '../components/item-translations-panel.tsx';
import type { TranslationStatus } from '../../../domain/content/translation-status.ts';
import { EditorMessages } from '../components/editor-messages.tsx';
import { MediaChoiceField } from '../components/media-choice-field.tsx';
import { PublishDateField, approveButtonLabel } from '../components/publish-date-field.tsx';
import { TypeFieldset, typeFieldLabels } from '../type-forms/type-fieldset.tsx';
import { contentTypeDefinition } from '../../../domain/content-types/content-type-registry.ts';

/** The edit form's fields as the browser sends them (and gets them back after a refusal). */
export interface ItemFormValues {
  type: ContentType;
  title: string;
  slug: string;
  excerpt: string;
  html: string;
  /** `YYYY-MM-DDTHH:MM` on the wall clock of `timeZone`, or empty. */
  publishedAt: string;
  /** The editor's IANA time zone, which the form's dates are in (not sent by the browser). */
  timeZone: string;
  /** `kind:slug` of each chosen label. */
  labels: string[];
  featuredMediaId: string;
  /** Empty: the title, the excerpt, the featured image (see item-sharing.ts). */
  metaTitle: string;
  metaDescription: string;
  socialImageId: string;
  /** The type's own fields, in the domain's shape (see `TypeForm`). */
  fields: Record<string, unknown>;
  /** The item's version the form was made from (empty for a new item): edits send it back. */
  version: string;
  /** The item's language (BCP 47); undefined when the form sent none (nothing changes). */
  locale?: string;
  /** Comments: '' as the site's setting, 'open' or 'closed'; undefined: not sent. */
  commentsMode?: string;
}

/** What the page shows about an existing item besides its fields. */
export interface ItemSummary {
  id: string;
  status: ContentStatus;
  reviewNote: string | null;
  publishedAt: string | null;
  /** The public page, when readers can see it. */
  publicPath: string | null;
  allowed: Record<ItemAction, boolean>;
  revisions: RevisionSummary[];
  /** Its versions in other languages (item-translations-panel.tsx). */
  translations?: TranslationStatus | null;
  /** A call to action's organisations held for approval; undefined: no signatures link. */
  heldSignatures?: number;
}

/** An image of the library as the featured image's choice shows it. */
interface ImageChoice extends ChoiceOption {
  thumbnailUrl: string;
}

export interface ItemFormChoices {
  countries: ChoiceOption[];
  themes: ChoiceOption[];
  /** Images for the featured image (value: media id). */
  images: ImageChoice[];
  /** The directory's organisations as they are written ("SEWA"), suggested as one types. */
  organizations: string[];
  /** The library's PDFs, for a publication's files (value: media id). */
  documents: ChoiceOption[];
}

/** A refused save: the message and a message per field. */
export interface ItemFormFailure {
  message: string;
  errors: FieldErrors;
}

/** The labels the error summary names the form's own fields by. */
function fieldLabels(i18n: Translator): Record<string, string> {
  return {
    title: i18n.t('admin.edit.field.title'),
    slug: i18n.t('admin.edit.field.slug'),
    excerpt: i18n.t('admin.edit.field.excerpt'),
    labels: i18n.t('admin.edit.field.labels'),
    featuredMediaId: i18n.t('admin.edit.field.featuredImage'),
    publishedAt: i18n.t('admin.edit.field.publishedAt'),
    html: i18n.t('admin.edit.field.body'),
  };
}

const FORM_ID = 'item';
/** The form element's own id (the autosave script finds the form by it). */
const FORM_ELEMENT_ID = 'item-form';

function StatusLine({ item }: { item: ItemSummary }) {
  const i18n = useAdminI18n();
  const status = <strong>{i18n.t(`status.${item.status}`)}</strong>;
  const isDated = item.status !== 'draft' && item.status !== 'review';
  return (
    <p class="item-status">
      {item.publishedAt && isDated
        ? messageParts(
            i18n,
            item.status === 'scheduled'
              ? 'admin.edit.statusScheduled'
              : 'admin.edit.statusPublished',
            { status, time: <AdminTime value={item.publishedAt} /> },
          )
        : messageParts(i18n, 'admin.edit.status', { status })}
      {item.publicPath && (
        <>
          {' · '}
          <a href={item.publicPath}>{i18n.t('admin.edit.viewOnSite')}</a>
        </>
      )}
    </p>
  );
}

function LabelFields({
  values,
  choices,
  error,
}: {
  values: ItemFormValues;
  choices: ItemFormChoices;
  error?: string;
}) {
  const errorId = `${FORM_ID}-labels-error`;
  const i18n = useAdminI18n();
  const legend = i18n.t('admin.edit.field.labels');
  return (
    <fieldset id={`${FORM_ID}-labels`} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {error && (
        <p class="field-error" id={errorId}>
          {i18n.t('admin.formFields.labelledMessage', { label: legend, message: error })}
        </p>
      )}
      <CheckboxGroup
        formId={FORM_ID}
        name="labels"
        idName="countries"
        label={i18n.t('admin.edit.field.countries')}
        hint={i18n.t('admin.edit.field.countries.hint')}
        options={choices.countries}
        checked={values.labels}
      />
      <CheckboxGroup
        formId={FORM_ID}
        name="labels"
        idName="themes"
        label={i18n.t('admin.edit.field.themes')}
        options={choices.themes}
        checked={values.labels}
      />
    </fieldset>
  );
}

/** The featured image: its thumbnail and a choice of the library's images, or the picker. */
function FeaturedImageField({
  values,
  images,
  error,
}: {
  values: ItemFormValues;
  images: ImageChoice[];
  error?: string;
}) {
  const i18n = useAdminI18n();
  return (
    <MediaChoiceField
      formId={FORM_ID}
      name="featuredMediaId"
      label={i18n.t('admin.edit.field.featuredImage')}
      hint={i18n.t('admin.edit.field.featuredImage.hint')}
      noneLabel={i18n.t('admin.edit.field.featuredImage.none')}
      images={images}
      value={values.featuredMediaId}
      error={error}
    />
  );
}

/** What is written: the title and the body, first on the page. */
function WritingFields({
  values,
  errors,
  mediaSearchPath,
}: {
  values: ItemFormValues;
  errors: FieldErrors;
  mediaSearchPath: string;
}) {
  const i18n = useAdminI18n();
  return (
    <>
      <TextField
        formId={FORM_ID}
        name="title"
        label={i18n.t('admin.edit.field.title')}
        value={values.title}
        error={errors.title}
        required
        maxLength={300}
      />
      <TextAreaField
        formId={FORM_ID}
        name="html"
        label={i18n.t('admin.edit.field.body')}
        hint={i18n.t('admin.edit.field.body.hint')}
        rows={20}
        value={values.html}
        error={errors.html}
        data={{ 'data-rich-text': '', 'data-media-search': mediaSearchPath }}
      />
    </>
  );
}

/** Everything about the text besides the text: the settings panel's fields. */
function SettingsFields({
  item,
  values,
  choices,
  errors,
  sharing,
}: {
  item: ItemSummary | null;
  values: ItemFormValues;
  choices: ItemFormChoices;
  errors: FieldErrors;
  sharing: SharePreviewContext;
}) {
  const { form } = contentTypeDefinition(values.type);
  const i18n = useAdminI18n();
  return (
    <>
      <ItemLanguageChoice formId={FORM_ID} value={values.locale ?? ''} error={errors.locale} />
      <LabelFields values={values} choices={choices} error={errors.labels} />
      <TypeFieldset
        formId={FORM_ID}
        form={form}
        values={values.fields}
        errors={errors}
        countries={choices.countries.map((option) => ({
          value: option.value.replace(/^country:/, ''),
          label: option.label,
        }))}
        documents={choices.documents}
        organizations={choices.organizations}
      />
      {form.fixedAddress ? (
        <p class="hint">{i18n.t(form.fixedAddress)}</p>
      ) : (
        <TextField
          formId={FORM_ID}
          name="slug"
          label={i18n.t('admin.edit.field.slug')}
          hint={i18n.t(
            item ? 'admin.edit.field.slug.hintExisting' : 'admin.edit.field.slug.hintNew',
          )}
          value={values.slug}
          error={errors.slug}
          maxLength={200}
        />
      )}
      <TextAreaField
        formId={FORM_ID}
        name="excerpt"
        label={i18n.t('admin.edit.field.excerpt')}
        hint={i18n.t('admin.edit.field.excerpt.hint')}
        rows={3}
        value={values.excerpt}
        error={errors.excerpt}
      />
      <FeaturedImageField values={values} images={choices.images} error={errors.featuredMediaId} />
      <PublishDateField
        formId={FORM_ID}
        value={values.publishedAt}
        timeZone={values.timeZone}
        error={errors.publishedAt}
      />
      <ItemSharingFields
        formId={FORM_ID}
        values={values}
        images={choices.images}
        errors={errors}
        context={sharing}
      />
      <ItemCommentsField formId={FORM_ID} value={values.commentsMode} error={errors.commentsMode} />
    </>
  );
}

/** Fields the user may not change now: shown, but disabled (and so not sent). */
function Locked({
  locked,
  legend,
  children,
}: {
  locked: boolean;
  legend: string;
  children: ComponentChildren;
}) {
  if (!locked) return <>{children}</>;
  return (
    <fieldset disabled class="item-locked">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** Writes a new item, or edits one with its workflow and history. */
export function ItemEditPage({
  chrome,
  item,
  values,
  choices,
  failure,
  workflowFailure,
  conflict,
  notice,
  editorScript,
  errorSummaryScript,
  sharing,
}: {
  chrome: AdminChrome;
  /** Null for a new item. */
  item: ItemSummary | null;
  values: ItemFormValues;
  choices: ItemFormChoices;
  failure?: ItemFormFailure;
  workflowFailure?: WorkflowFailure;
  /** A save refused because someone else saved first: their text is in the form, this is ours. */
  conflict?: EditConflict;
  notice?: string;
  /** The rich-text editor island, when it has been built. */
  editorScript?: string;
  /** Focuses the error summary on load. */
  errorSummaryScript?: string;
  /** What the share card's preview needs besides the item. */
  sharing: SharePreviewContext;
}) {
  const canEdit = item ? item.allowed.edit : true;
  // A refused step shows the form's own errors too: its fields were sent with it.
  const refusal = failure ?? workflowFailure;
  const errors = refusal?.errors ?? {};
  const scripts = [
    ...(refusal && errorSummaryScript ? [errorSummaryScript] : []),
    ...(canEdit && editorScript ? [editorScript] : []),
  ];
  const { i18n } = chrome;
  return (
    <AdminLayout
      chrome={chrome}
      title={
        item
          ? i18n.t('admin.edit.title', { title: values.title || i18n.t('admin.edit.untitled') })
          : i18n.t('admin.edit.newTitle', { type: values.type })
      }
      scripts={scripts}
    >
      {refusal && (
        <PageErrorSummary
          formId={FORM_ID}
          message={refusal.message}
          errors={errors}
          labels={{
            ...fieldLabels(i18n),
            ...sharingFieldLabels(i18n),
            ...workflowFieldLabels(i18n),
            locale: i18n.t('translations.field.language'),
            ...typeFieldLabels(contentTypeDefinition(values.type).form, values.fields, i18n),
          }}
        />
      )}
      <Notice>{notice}</Notice>
      {canEdit && editorScript && <EditorMessages />}
      {item && conflict && (
        <EditConflictPanel itemId={item.id} csrfToken={chrome.csrfToken} conflict={conflict} />
      )}
      {item && <StatusLine item={item} />}
      {item?.reviewNote && item.status === 'draft' && (
        <div class="notice" role="status">
          <p>{i18n.t('admin.edit.sentBack')}</p>
          <blockquote class="review-note">{item.reviewNote}</blockquote>
        </div>
      )}
      {/* Writing first: the text on the left, its settings in a panel beside it on wide
          screens and below it on a phone. The edit form's own fields fill both columns; the
          panel's other forms (preview, trash, consent) follow it, as forms cannot nest. */}
      <div class="item-editor">
        <form
          id={FORM_ELEMENT_ID}
          method="post"
          action={item ? `/admin/items/${item.id}` : '/admin/items'}
          class="item-form"
          data-autosave={item && canEdit ? `/admin/items/${item.id}/autosave` : undefined}
        >
          <CsrfField token={chrome.csrfToken} />
          {item && <input type="hidden" name="version" value={values.version} />}
          {!item && <input type="hidden" name="type" value={values.type} />}
          <div class="item-writing">
            <Locked locked={!canEdit} legend={i18n.t('admin.edit.cannotChange')}>
              <WritingFields values={values} errors={errors} mediaSearchPath="/admin/media.json" />
            </Locked>
          </div>
          <section class="item-settings" aria-labelledby="item-settings-heading">
            <h2 id="item-settings-heading" class="item-settings-heading">
              {i18n.t('admin.edit.settings')}
            </h2>
            {canEdit && (
              <div class="item-actions">
                <button type="submit">
                  {i18n.t(item ? 'admin.edit.save' : 'admin.edit.saveDraft')}
                </button>
                {item && <p class="autosave-status" aria-live="polite" data-autosave-status="" />}
              </div>
            )}
            {item && (
              <ItemWorkflowActions
                itemId={item.id}
                formId={FORM_ID}
                allowed={item.allowed}
                failure={workflowFailure}
                approveLabel={approveButtonLabel(values.publishedAt, values.timeZone, { i18n })}
                timeZone={values.timeZone}
              />
            )}
            <Locked locked={!canEdit} legend={i18n.t('admin.edit.settingsLocked')}>
              <SettingsFields
                item={item}
                values={values}
                choices={choices}
                errors={errors}
                sharing={sharing}
              />
            </Locked>
          </section>
        </form>
        {item && (
          <div class="item-side">
            <ItemPreviewActions
              itemId={item.id}
              csrfToken={chrome.csrfToken}
              allowed={item.allowed}
            />
            <ItemTrashButton itemId={item.id} csrfToken={chrome.csrfToken} allowed={item.allowed} />
            {item.publicPath && chrome.actor && chrome.actor.role !== 'contributor' && (
              <p>
                <a href={`/admin/newsletters/new?item=${item.id}`}>
                  {i18n.t('newsletters.sendItem')}
                </a>
              </p>
            )}
            {values.type === 'event' && chrome.actor && chrome.actor.role !== 'contributor' && (
              <p>
                <a href={`/admin/events/${item.id}/registrations`}>
                  {i18n.t('admin.registrations.link')}
                </a>
              </p>
            )}
            {item.heldSignatures !== undefined && (
              <SignaturesLink itemId={item.id} held={item.heldSignatures} />
            )}
            {item.translations && (
              <ItemTranslationsPanel
                itemId={item.id}
                csrfToken={chrome.csrfToken}
                status={item.translations}
                canEdit={item.allowed.edit}
              />
            )}
            {values.type === 'story' && !values.fields.consentWithdrawnAt && (
              <form
                method="post"
                action={`/admin/items/${item.id}/withdraw-consent`}
                class="withdraw-consent"
              >
                <CsrfField token={chrome.csrfToken} />
                <p class="hint">{i18n.t('admin.edit.withdrawConsent.hint')}</p>
                <button type="submit" class="danger">
                  {i18n.t('admin.edit.withdrawConsent')}
                </button>
              </form>
            )}
            {values.type === 'story' && Boolean(values.fields.consentWithdrawnAt) && (
              <p class="notice">{i18n.t('admin.edit.consentWithdrawn')}</p>
            )}
          </div>
        )}
        {item && (
          <div class="item-history">
            <ItemRevisionHistory
              itemId={item.id}
              csrfToken={chrome.csrfToken}
              revisions={item.revisions}
              canRestore={item.allowed.edit}
            />
          </div>
        )}
      </div>
    </AdminLayout>
  );
}
