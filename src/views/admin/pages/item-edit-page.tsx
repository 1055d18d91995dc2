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
import { adminI18n, typeName } from '../admin-i18n.ts';
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

const fieldLabels: Record<string, string> = {
  title: 'Title',
  slug: 'Address',
  excerpt: 'Excerpt',
  labels: 'Countries and themes',
  featuredMediaId: 'Featured image',
  publishedAt: 'Publish date',
  html: 'Body',
};

const FORM_ID = 'item';
/** The form element's own id (the autosave script finds the form by it). */
const FORM_ELEMENT_ID = 'item-form';

function StatusLine({ item }: { item: ItemSummary }) {
  return (
    <p class="item-status">
      Status: <strong>{adminI18n.t(`status.${item.status}`)}</strong>
      {item.publishedAt && item.status !== 'draft' && item.status !== 'review' && (
        <>
          {item.status === 'scheduled' ? ', to be published ' : ', published '}
          <AdminTime value={item.publishedAt} />
        </>
      )}
      {item.publicPath && (
        <>
          {' · '}
          <a href={item.publicPath}>View on the site</a>
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
  return (
    <fieldset id={`${FORM_ID}-labels`} aria-describedby={error ? errorId : undefined}>
      <legend>Countries and themes</legend>
      {error && (
        <p class="field-error" id={errorId}>
          {`Countries and themes: ${error}`}
        </p>
      )}
      <CheckboxGroup
        formId={FORM_ID}
        name="labels"
        idName="countries"
        label="Countries"
        hint="Editors of these countries review the item."
        options={choices.countries}
        checked={values.labels}
      />
      <CheckboxGroup
        formId={FORM_ID}
        name="labels"
        idName="themes"
        label="Themes"
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
  return (
    <MediaChoiceField
      formId={FORM_ID}
      name="featuredMediaId"
      label="Featured image"
      hint="Shown at the top of the page and in lists, described by its alt text from the media library."
      noneLabel="No featured image"
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
  return (
    <>
      <TextField
        formId={FORM_ID}
        name="title"
        label="Title"
        value={values.title}
        error={errors.title}
        required
        maxLength={300}
      />
      <TextAreaField
        formId={FORM_ID}
        name="html"
        label="Body"
        hint="Without the editor, write HTML: p, h2, h3, strong, em, a href, ul, ol, li, blockquote and img src alt. Anything else is removed when saved."
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
  return (
    <>
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
        <p class="hint">{adminI18n.t(form.fixedAddress)}</p>
      ) : (
        <TextField
          formId={FORM_ID}
          name="slug"
          label="Address"
          hint={
            item
              ? 'The last part of the web address: lowercase words joined by hyphens. Leave empty to keep it.'
              : 'The last part of the web address: lowercase words joined by hyphens. Leave empty to make it from the title.'
          }
          value={values.slug}
          error={errors.slug}
          maxLength={200}
        />
      )}
      <TextAreaField
        formId={FORM_ID}
        name="excerpt"
        label="Excerpt"
        hint="One or two sentences for lists and feeds. Leave empty to use the start of the body."
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
  return (
    <AdminLayout
      chrome={chrome}
      title={
        item ? `Edit “${values.title || 'untitled'}”` : `New ${typeName(values.type).toLowerCase()}`
      }
      scripts={scripts}
    >
      {refusal && (
        <PageErrorSummary
          formId={FORM_ID}
          message={refusal.message}
          errors={errors}
          labels={{
            ...fieldLabels,
            ...sharingFieldLabels,
            ...workflowFieldLabels,
            ...typeFieldLabels(contentTypeDefinition(values.type).form, values.fields),
          }}
        />
      )}
      <Notice>{notice}</Notice>
      {item && conflict && (
        <EditConflictPanel itemId={item.id} csrfToken={chrome.csrfToken} conflict={conflict} />
      )}
      {item && <StatusLine item={item} />}
      {item?.reviewNote && item.status === 'draft' && (
        <div class="notice" role="status">
          <p>Sent back by an editor with this note:</p>
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
            <Locked locked={!canEdit} legend="You cannot change this item in its present state">
              <WritingFields values={values} errors={errors} mediaSearchPath="/admin/media.json" />
            </Locked>
          </div>
          <section class="item-settings" aria-labelledby="item-settings-heading">
            <h2 id="item-settings-heading" class="item-settings-heading">
              Settings
            </h2>
            {canEdit && (
              <div class="item-actions">
                <button type="submit">{item ? 'Save' : 'Save draft'}</button>
                {item && <p class="autosave-status" aria-live="polite" data-autosave-status="" />}
              </div>
            )}
            {item && (
              <ItemWorkflowActions
                itemId={item.id}
                formId={FORM_ID}
                allowed={item.allowed}
                failure={workflowFailure}
                approveLabel={approveButtonLabel(values.publishedAt, values.timeZone)}
                timeZone={values.timeZone}
              />
            )}
            <Locked locked={!canEdit} legend="Settings you cannot change now">
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
            {values.type === 'story' && !values.fields.consentWithdrawnAt && (
              <form
                method="post"
                action={`/admin/items/${item.id}/withdraw-consent`}
                class="withdraw-consent"
              >
                <CsrfField token={chrome.csrfToken} />
                <p class="hint">
                  When the person takes back their consent, the story leaves the site at once and
                  can never be published again.
                </p>
                <button type="submit" class="danger">
                  Withdraw consent
                </button>
              </form>
            )}
            {values.type === 'story' && Boolean(values.fields.consentWithdrawnAt) && (
              <p class="notice">Consent was withdrawn: this story cannot be published.</p>
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
