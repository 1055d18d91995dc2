import { MAX_COMMENT_LENGTH, MAX_NAME_LENGTH } from '../../domain/comments/comment-posting.ts';
import { type Problem, problemText } from '../../lib/problems.ts';
import type { MessageKey } from '../../lib/i18n/translator.ts';
import type { SiteChrome } from '../view-context.ts';
import { PrivacyNote } from './privacy-note.tsx';

/** What the reader typed, given back when a post is refused. */
export interface CommentFormValues {
  name: string;
  email: string;
  text: string;
}

/** Why a post was refused: the whole (the summary's line) and each field at fault. */
export interface CommentFormRefusal {
  problem: Problem;
  fields: Readonly<Record<string, Problem>>;
}

export const COMMENT_FORM_ID = 'comment-form';

const FIELDS = [
  { name: 'name', label: 'comments.form.name' },
  { name: 'email', label: 'comments.form.email' },
  { name: 'text', label: 'comments.form.text' },
] as const satisfies readonly { name: string; label: MessageKey }[];

/**
 * The comment form: a plain POST that works without JavaScript. A refused post comes back
 * with what was typed and an error summary at the top linking to each field (GOV.UK's
 * pattern). `website` is the honeypot, hidden from people and from the accessibility tree;
 * `stamp` is the signed time the form was drawn (see form-stamp.ts).
 */
export function CommentForm({
  chrome,
  action,
  stamp,
  parent,
  values,
  refusal,
}: {
  chrome: SiteChrome;
  /** The item's `…/comments` address in the page's language. */
  action: string;
  stamp: string;
  parent?: { id: string; authorName: string };
  values?: CommentFormValues;
  refusal?: CommentFormRefusal;
}) {
  const { i18n } = chrome;
  const fieldProblem = (name: string) => {
    const found = refusal?.fields[name];
    return found ? problemText(found, i18n) : undefined;
  };
  const errorId = (name: string) => (refusal?.fields[name] ? `${name}-error` : undefined);
  const hintAndError = (name: string) =>
    [`comment-${name}-hint`, errorId(name)].filter(Boolean).join(' ');
  return (
    <form class="comment-form" id={COMMENT_FORM_ID} method="post" action={action}>
      <h3>
        {parent
          ? i18n.t('comments.form.replyHeading', { name: parent.authorName })
          : i18n.t('comments.form.heading')}
      </h3>
      {refusal && (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h4>{i18n.t('comments.form.errorSummary')}</h4>
          <p>{problemText(refusal.problem, i18n)}</p>
          <ul>
            {FIELDS.filter((field) => refusal.fields[field.name]).map((field) => (
              <li>
                <a href={`#comment-${field.name}`}>
                  {i18n.t('comments.form.fieldProblem', {
                    field: i18n.t(field.label),
                    problem: fieldProblem(field.name) ?? '',
                  })}
                </a>
              </li>
            ))}
            {refusal.fields.parent_id && <li>{fieldProblem('parent_id')}</li>}
          </ul>
        </div>
      )}
      {parent && <input type="hidden" name="parent_id" value={parent.id} />}
      <input type="hidden" name="stamp" value={stamp} />
      <p class="comment-field">
        <label for="comment-name">{i18n.t('comments.form.name')}</label>
        <span class="hint" id="comment-name-hint">
          {i18n.t('comments.form.nameHint')}
        </span>
        {fieldProblem('name') && (
          <span class="field-error" id="name-error">
            {fieldProblem('name')}
          </span>
        )}
        <input
          id="comment-name"
          name="name"
          autocomplete="name"
          required
          maxLength={MAX_NAME_LENGTH}
          value={values?.name ?? ''}
          aria-describedby={hintAndError('name')}
          aria-invalid={refusal?.fields.name ? 'true' : undefined}
        />
      </p>
      <p class="comment-field">
        <label for="comment-email">{i18n.t('comments.form.email')}</label>
        <span class="hint" id="comment-email-hint">
          {i18n.t('comments.form.emailHint')}
        </span>
        {fieldProblem('email') && (
          <span class="field-error" id="email-error">
            {fieldProblem('email')}
          </span>
        )}
        <input
          id="comment-email"
          name="email"
          type="email"
          autocomplete="email"
          required
          maxLength={320}
          value={values?.email ?? ''}
          aria-describedby={hintAndError('email')}
          aria-invalid={refusal?.fields.email ? 'true' : undefined}
        />
      </p>
      <p class="comment-field">
        <label for="comment-text">{i18n.t('comments.form.text')}</label>
        <span class="hint" id="comment-text-hint">
          {i18n.t('comments.form.textHint', { max: MAX_COMMENT_LENGTH })}
        </span>
        {fieldProblem('text') && (
          <span class="field-error" id="text-error">
            {fieldProblem('text')}
          </span>
        )}
        <textarea
          id="comment-text"
          name="text"
          rows={6}
          required
          maxLength={MAX_COMMENT_LENGTH}
          aria-describedby={hintAndError('text')}
          aria-invalid={refusal?.fields.text ? 'true' : undefined}
        >
          {values?.text ?? ''}
        </textarea>
      </p>
      {/* The honeypot: off screen and out of the tab order; a robot fills every field. */}
      <p class="comment-trap" aria-hidden="true">
        <label for="comment-website">{i18n.t('comments.form.honeypot')}</label>
        <input id="comment-website" name="website" tabindex={-1} autocomplete="off" value="" />
      </p>
      <p class="comment-privacy">
        {i18n.t('comments.form.privacy')} {i18n.t('comments.form.moderation')}
      </p>
      <button type="submit">{i18n.t('comments.form.submit')}</button>
      <PrivacyNote chrome={chrome} />
    </form>
  );
}
