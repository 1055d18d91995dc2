import type { Label } from '../../../domain/labels/label-service.ts';
import type { Newsletter } from '../../../domain/newsletters/newsletter-service.ts';
import type { NewsletterItem } from '../../../domain/newsletters/newsletter-item.ts';
import { INTERFACE_LANGUAGES, INTERFACE_LANGUAGE_NAMES } from '../../../lib/i18n/languages.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { messageParts, useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { AdminTime, zoneWordingIn } from '../components/admin-time.tsx';
import {
  CheckboxGroup,
  ErrorSummary,
  type FieldErrors,
  Notice,
  SelectField,
  TextAreaField,
  TextField,
} from '../components/form-fields.tsx';
import { NewsletterProgressText, NewsletterStatusText } from './newsletter-list-page.tsx';

/** The compose form's fields as the browser sends them, and gets them back after a refusal. */
export interface NewsletterFormValues {
  subject: string;
  body: string;
  itemId: string;
  language: string;
  countries: string[];
  themes: string[];
  languages: string[];
  /** `YYYY-MM-DDTHH:MM` on the editor's wall clock, or empty. */
  scheduledAt: string;
}

export interface NewsletterRefusal {
  message: string;
  errors: FieldErrors;
}

const FORM_ID = 'newsletter';

export function newsletterFieldLabels(i18n: Translator): Record<string, string> {
  return {
    subject: i18n.t('newsletters.field.subject'),
    body: i18n.t('newsletters.field.body'),
    itemId: i18n.t('newsletters.field.item'),
    language: i18n.t('newsletters.field.language'),
    countries: i18n.t('newsletters.field.countries'),
    themes: i18n.t('newsletters.field.themes'),
    languages: i18n.t('newsletters.field.languages'),
    scheduledAt: i18n.t('newsletters.field.scheduledAt'),
  };
}

function SentSummary({ newsletter }: { newsletter: Newsletter }) {
  const i18n = useAdminI18n();
  return (
    <section aria-labelledby="sent-heading">
      <h2 id="sent-heading">
        <NewsletterStatusText newsletter={newsletter} />
      </h2>
      <p>
        <NewsletterProgressText newsletter={newsletter} />
      </p>
      <p>
        <a href={`/newsletters/${newsletter.slug}`}>{i18n.t('newsletters.edit.archiveLink')}</a>
      </p>
    </section>
  );
}

function Audience({
  values,
  errors,
  countries,
  themes,
  isAdministrator,
}: {
  values: NewsletterFormValues;
  errors: FieldErrors;
  countries: Label[];
  themes: Label[];
  isAdministrator: boolean;
}) {
  const i18n = useAdminI18n();
  const options = (labels: Label[]) =>
    labels.map((label) => ({ value: label.id, label: label.name }));
  return (
    <fieldset>
      <legend>{i18n.t('newsletters.edit.audience')}</legend>
      <p class="hint">
        {i18n.t(isAdministrator ? 'newsletters.edit.audienceHint' : 'newsletters.edit.editorHint')}
      </p>
      <CheckboxGroup
        formId={FORM_ID}
        name="countries"
        label={i18n.t('newsletters.field.countries')}
        options={options(countries)}
        checked={values.countries}
        error={errors.countries}
      />
      <CheckboxGroup
        formId={FORM_ID}
        name="themes"
        label={i18n.t('newsletters.field.themes')}
        options={options(themes)}
        checked={values.themes}
        error={errors.themes}
      />
      <CheckboxGroup
        formId={FORM_ID}
        name="languages"
        label={i18n.t('newsletters.field.languages')}
        options={INTERFACE_LANGUAGES.map((tag) => ({
          value: tag,
          label: INTERFACE_LANGUAGE_NAMES[tag],
        }))}
        checked={values.languages}
        error={errors.languages}
      />
    </fieldset>
  );
}

function ScheduleFields({
  newsletter,
  values,
  errors,
  timeZone,
}: {
  newsletter: Newsletter;
  values: NewsletterFormValues;
  errors: FieldErrors;
  timeZone: string;
}) {
  const i18n = useAdminI18n();
  return (
    <fieldset>
      <legend>{i18n.t('newsletters.edit.whenHeading')}</legend>
      {newsletter.status === 'scheduled' && newsletter.scheduledAt && (
        <p>
          {messageParts(i18n, 'newsletters.edit.scheduledFor', {
            time: <AdminTime value={newsletter.scheduledAt} />,
          })}{' '}
          <button type="submit" name="action" value="unschedule">
            {i18n.t('newsletters.edit.unschedule')}
          </button>
        </p>
      )}
      <TextField
        formId={FORM_ID}
        name="scheduledAt"
        type="datetime-local"
        label={i18n.t('newsletters.field.scheduledAt')}
        hint={i18n.t('newsletters.field.scheduledAt.hint', {
          zone: zoneWordingIn(timeZone, i18n),
        })}
        value={values.scheduledAt}
        error={errors.scheduledAt}
      />
      <div class="actions">
        <button type="submit" name="action" value="schedule">
          {i18n.t('newsletters.edit.schedule')}
        </button>
        <button type="submit" name="action" value="send">
          {i18n.t('newsletters.edit.sendNow')}
        </button>
      </div>
    </fieldset>
  );
}

/**
 * Writes a newsletter or changes one not yet sent. Every button saves what is in the form
 * first, so previewing, testing or scheduling never loses a word; a sent one is shown, not
 * edited.
 */
export function NewsletterEditPage({
  chrome,
  newsletter,
  values,
  refusal,
  countries,
  themes,
  item,
  recipientCount,
  notice,
  timeZone,
}: {
  chrome: AdminChrome;
  /** Null while it is not saved yet. */
  newsletter: Newsletter | null;
  values: NewsletterFormValues;
  refusal?: NewsletterRefusal;
  /** The countries the actor may address (an editor's own), and every theme. */
  countries: Label[];
  themes: Label[];
  item: NewsletterItem | null;
  /** How many subscribers it would reach now, once saved. */
  recipientCount: number | null;
  notice?: string;
  timeZone: string;
}) {
  const { i18n, actor } = chrome;
  const errors = refusal?.errors ?? {};
  const isEditable = !newsletter || newsletter.queuedAt === null;
  const title = newsletter
    ? i18n.t('newsletters.edit.title', { subject: newsletter.subject })
    : i18n.t('newsletters.edit.newTitle');
  return (
    <AdminLayout chrome={chrome} title={title}>
      {refusal && (
        <ErrorSummary
          formId={FORM_ID}
          message={refusal.message}
          errors={errors}
          labels={newsletterFieldLabels(i18n)}
        />
      )}
      <Notice>{notice}</Notice>
      <p>
        <a href="/admin/newsletters">{i18n.t('newsletters.edit.back')}</a>
      </p>
      {newsletter && !isEditable && <SentSummary newsletter={newsletter} />}
      {isEditable && (
        <form
          method="post"
          action={newsletter ? `/admin/newsletters/${newsletter.id}` : '/admin/newsletters'}
        >
          <CsrfField token={chrome.csrfToken} />
          {newsletter && recipientCount !== null && (
            <p class="notice" role="status">
              {i18n.t('newsletters.edit.recipients', { count: recipientCount })}
            </p>
          )}
          <TextField
            formId={FORM_ID}
            name="subject"
            label={i18n.t('newsletters.field.subject')}
            value={values.subject}
            error={errors.subject}
            required
            maxLength={300}
          />
          {(item || values.itemId) && (
            <div class="field">
              <input type="hidden" name="itemId" value={values.itemId} />
              <p>
                {item
                  ? messageParts(i18n, 'newsletters.edit.sendsItem', {
                      title: <a href={item.path}>{item.title}</a>,
                    })
                  : i18n.t('newsletters.edit.itemGone')}
              </p>
              {errors.itemId && (
                <p class="field-error" id={`${FORM_ID}-itemId`}>
                  {errors.itemId}
                </p>
              )}
            </div>
          )}
          <TextAreaField
            formId={FORM_ID}
            name="body"
            label={i18n.t(values.itemId ? 'newsletters.field.intro' : 'newsletters.field.body')}
            hint={i18n.t('newsletters.field.body.hint')}
            value={values.body}
            error={errors.body}
            rows={16}
          />
          <SelectField
            formId={FORM_ID}
            name="language"
            label={i18n.t('newsletters.field.language')}
            hint={i18n.t('newsletters.field.language.hint')}
            options={INTERFACE_LANGUAGES.map((tag) => ({
              value: tag,
              label: INTERFACE_LANGUAGE_NAMES[tag],
            }))}
            value={values.language}
            error={errors.language}
          />
          <Audience
            values={values}
            errors={errors}
            countries={countries}
            themes={themes}
            isAdministrator={actor?.role === 'administrator'}
          />
          <div class="actions">
            <button type="submit" name="action" value="save">
              {i18n.t('newsletters.edit.save')}
            </button>
            <button type="submit" name="action" value="preview">
              {i18n.t('newsletters.edit.preview')}
            </button>
            <button type="submit" name="action" value="test">
              {i18n.t('newsletters.edit.test', { email: actor?.email ?? '' })}
            </button>
          </div>
          {newsletter && (
            <ScheduleFields
              newsletter={newsletter}
              values={values}
              errors={errors}
              timeZone={timeZone}
            />
          )}
        </form>
      )}
    </AdminLayout>
  );
}
