import type { ComponentChildren } from 'preact';
import { getTranslator, type Translator } from '../../../lib/i18n/translator.ts';
import { useAdminI18n } from '../admin-i18n.ts';

/**
 * Form fields for the admin pages, with their label, hint and error message tied to the
 * control (aria-describedby), so a screen reader reads why a field was refused.
 */

/** Messages per field, keyed by the field's name (the domain's camelCase names). */
export type FieldErrors = Record<string, string>;

interface FieldBase {
  /** Prefix for the ids, unique on the page (`item` gives `item-title`). */
  formId: string;
  name: string;
  /** Suffix of the id when several controls share a name (default: the name). */
  idName?: string;
  label: string;
  hint?: string;
  error?: string;
}

/** Ids and ARIA attributes shared by every control. */
function describe(props: FieldBase) {
  const id = `${props.formId}-${props.idName ?? props.name}`;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return {
    id,
    hintId,
    errorId,
    aria: {
      'aria-invalid': props.error ? ('true' as const) : undefined,
      'aria-describedby': describedBy,
    },
  };
}

function HintAndError(props: { hint?: string; hintId?: string; error?: string; errorId?: string }) {
  return (
    <>
      {props.hint && (
        <p class="hint" id={props.hintId}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={props.errorId}>
          {props.error}
        </p>
      )}
    </>
  );
}

/**
 * Whether a field's message is a fragment to follow its label ("is required"), not a sentence
 * of its own ("Upload a PDF file."): in a script with capitals, a fragment starts small; in
 * one without (Devanagari, Bengali, Khmer), a sentence ends with its full stop.
 */
function isFragment(message: string): boolean {
  if (/^\p{Ll}/u.test(message)) return true;
  if (!/^\p{L}/u.test(message) || /^[\p{Lu}\p{Lt}]/u.test(message)) return false;
  return !/[.!?।॥។]$/u.test(message.trim());
}

/**
 * A field's message as a sentence: the domain says "is required", people read "Title is
 * required" (in the order the language puts them: `i18n`'s, English unless told).
 */
export function fieldMessage(
  label: string,
  message: string,
  i18n: Translator = getTranslator('en'),
): string {
  return isFragment(message)
    ? i18n.t('admin.formFields.fieldMessage', { label, message })
    : message;
}

const acceptedValues: Record<string, RegExp> = {
  'datetime-local': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

/**
 * A value the control can hold: a date field sent back with text in it shows empty, as
 * browsers do. (A number field keeps its text: browsers show what the person typed.)
 */
function displayValue(type: string, value: string): string {
  const accepted = acceptedValues[type];
  return accepted && !accepted.test(value) ? '' : value;
}

export function TextField(
  props: FieldBase & {
    value: string;
    type?: 'text' | 'search' | 'url' | 'datetime-local' | 'email' | 'password' | 'date' | 'number';
    required?: boolean;
    /** The id of a datalist of suggestions. */
    list?: string;
    /** Granularity of a number field. */
    step?: string;
    maxLength?: number;
    /** What the browser may fill in (`email`, `current-password`, `new-password` …). */
    autocomplete?: string;
    /** What is used when the field is left empty (the item's title for its meta title). */
    placeholder?: string;
  },
) {
  const { id, hintId, errorId, aria } = describe(props);
  const i18n = useAdminI18n();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        // Preact's types tie attributes to each input type; these types share the ones used here.
        type={(props.type ?? 'text') as 'text'}
        name={props.name}
        value={displayValue(props.type ?? 'text', props.value)}
        required={props.required}
        maxLength={props.maxLength}
        autocomplete={props.autocomplete}
        list={props.list}
        step={props.step}
        placeholder={props.placeholder}
        {...aria}
      />
      <HintAndError
        hint={props.hint}
        hintId={hintId}
        error={props.error && fieldMessage(props.label, props.error, i18n)}
        errorId={errorId}
      />
    </div>
  );
}

export function TextAreaField(
  props: FieldBase & {
    value: string;
    required?: boolean;
    rows?: number;
    maxLength?: number;
    placeholder?: string;
    /** Extra attributes for the textarea (the rich-text editor hooks onto data attributes). */
    data?: Record<`data-${string}`, string>;
  },
) {
  const { id, hintId, errorId, aria } = describe(props);
  const i18n = useAdminI18n();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <textarea
        id={id}
        name={props.name}
        required={props.required}
        rows={props.rows}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        {...props.data}
        {...aria}
      >
        {props.value}
      </textarea>
      <HintAndError
        hint={props.hint}
        hintId={hintId}
        error={props.error && fieldMessage(props.label, props.error, i18n)}
        errorId={errorId}
      />
    </div>
  );
}

export interface ChoiceOption {
  value: string;
  label: string;
}

/** A group of checkboxes sharing one name (several values may be sent). */
export function CheckboxGroup(
  props: FieldBase & { options: ChoiceOption[]; checked: readonly string[] },
) {
  const { id, hintId, errorId, aria } = describe(props);
  const i18n = useAdminI18n();
  return (
    // A group takes no aria-invalid; its message is tied to it through aria-describedby.
    <fieldset id={id} aria-describedby={aria['aria-describedby']}>
      <legend>{props.label}</legend>
      {props.options.length === 0 && <p class="hint">{i18n.t('admin.formFields.none')}</p>}
      {props.options.map((option, index) => (
        <label class="choice" for={`${id}-${index}`}>
          <input
            id={`${id}-${index}`}
            type="checkbox"
            name={props.name}
            value={option.value}
            checked={props.checked.includes(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
      <HintAndError
        hint={props.hint}
        hintId={hintId}
        error={props.error && fieldMessage(props.label, props.error, i18n)}
        errorId={errorId}
      />
    </fieldset>
  );
}

export function SelectField(props: FieldBase & { options: ChoiceOption[]; value: string }) {
  const { id, hintId, errorId, aria } = describe(props);
  const i18n = useAdminI18n();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name} {...aria}>
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
      <HintAndError
        hint={props.hint}
        hintId={hintId}
        error={props.error && fieldMessage(props.label, props.error, i18n)}
        errorId={errorId}
      />
    </div>
  );
}

/**
 * The list of problems at the top of a refused form, announced at once (role="alert"), each
 * linking to its field.
 */
export function ErrorSummary(props: {
  formId: string;
  message: string;
  errors: FieldErrors;
  /** Field name → its label, for the sentences; fields not listed are shown as they are. */
  labels: Record<string, string>;
}) {
  const entries = Object.entries(props.errors);
  const i18n = useAdminI18n();
  return (
    <div class="notice error" role="alert">
      <p>{props.message}</p>
      {entries.length > 0 && (
        <ul>
          {entries.map(([name, message]) => {
            const label = props.labels[name];
            return (
              <li>
                {label ? (
                  <a href={`#${props.formId}-${name.replaceAll('.', '-')}`}>
                    {fieldMessage(label, message, i18n)}
                  </a>
                ) : (
                  message
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** A confirmation after a redirect (fixed texts only, see the routes' notice keys). */
export function Notice({ children }: { children?: ComponentChildren }) {
  if (!children) return null;
  return (
    <p class="notice" role="status">
      {children}
    </p>
  );
}
