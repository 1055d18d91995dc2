import {
  INTERFACE_LANGUAGE_NAMES,
  INTERFACE_LANGUAGES,
  type InterfaceLanguage,
  isInterfaceLanguage,
} from '../../../lib/i18n/languages.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { fieldMessage } from './form-fields.tsx';

/** The choice that asks for a language tag typed in the field beside the list. */
export const OTHER_LANGUAGE = 'other';

/**
 * A language as the admin names it: the seven by their own names (as a reader looks for
 * them), any other in the admin's language through `Intl` ("French"), else its tag.
 */
export function languageName(tag: string, i18n: Translator): string {
  if (isInterfaceLanguage(tag)) return INTERFACE_LANGUAGE_NAMES[tag];
  try {
    return new Intl.DisplayNames([i18n.locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    // Not a tag Intl reads (a refused form shows what was typed).
    return tag;
  }
}

/**
 * A language chosen from a list of the interface's languages, each named in itself, or any
 * other typed as its tag after choosing "Other…". Works without JavaScript: the tag field is
 * always there, and read only when "Other…" is chosen (see the form readers).
 */
export function ItemLanguageField(props: {
  /** Prefix of the ids (`item` gives `item-locale`). */
  formId: string;
  /** The list's name; the tag field's is `<name>Other`. */
  name: string;
  /** The language to show chosen: one of `languages`, or a tag that puts it under "Other…". */
  value: string;
  languages: readonly InterfaceLanguage[];
  error?: string;
  label?: string;
  hint?: string;
}) {
  const i18n = useAdminI18n();
  const id = `${props.formId}-${props.name}`;
  const otherId = `${id}Other`;
  const isListed = (props.languages as readonly string[]).includes(props.value);
  const chosen = isListed ? props.value : OTHER_LANGUAGE;
  const errorId = props.error ? `${isListed ? id : otherId}-error` : undefined;
  const describe = (own: string | undefined, hintId: string) =>
    [own, hintId].filter(Boolean).join(' ');
  const label = props.label ?? i18n.t('translations.field.language');
  const otherLabel = i18n.t('translations.field.otherTag');
  // The domain says "must be a language tag"; people read "Other language must be …".
  const message = props.error && fieldMessage(isListed ? label : otherLabel, props.error);
  return (
    <div class="item-language">
      <div class="field">
        <label for={id}>{label}</label>
        <select
          id={id}
          name={props.name}
          aria-describedby={describe(isListed ? errorId : undefined, `${id}-hint`)}
          aria-invalid={props.error && isListed ? 'true' : undefined}
        >
          {props.languages.map((language) => (
            <option value={language} lang={language} selected={language === chosen}>
              {INTERFACE_LANGUAGE_NAMES[language]}
            </option>
          ))}
          <option value={OTHER_LANGUAGE} selected={chosen === OTHER_LANGUAGE}>
            {i18n.t('translations.field.other')}
          </option>
        </select>
        <p class="hint" id={`${id}-hint`}>
          {props.hint ?? i18n.t('translations.field.languageHint')}
        </p>
        {props.error && isListed && (
          <p class="field-error" id={errorId}>
            {message}
          </p>
        )}
      </div>
      <div class="field">
        <label for={otherId}>{otherLabel}</label>
        <input
          id={otherId}
          type="text"
          name={`${props.name}Other`}
          value={isListed ? '' : props.value}
          maxLength={35}
          autocomplete="off"
          spellcheck={false}
          aria-describedby={describe(isListed ? undefined : errorId, `${otherId}-hint`)}
          aria-invalid={props.error && !isListed ? 'true' : undefined}
        />
        <p class="hint" id={`${otherId}-hint`}>
          {i18n.t('translations.field.otherTagHint')}
        </p>
        {props.error && !isListed && (
          <p class="field-error" id={errorId}>
            {message}
          </p>
        )}
      </div>
    </div>
  );
}

/** The edit form's field: the item's own language, among all seven. */
export function ItemLanguageChoice(props: { formId: string; value: string; error?: string }) {
  return (
    <ItemLanguageField
      formId={props.formId}
      name="locale"
      value={props.value}
      languages={INTERFACE_LANGUAGES}
      error={props.error}
    />
  );
}

/** The language a form chose: the list's value, or the typed tag under "Other…". */
export function chosenLanguage(chosen: string, typed: string): string {
  return chosen.trim() === OTHER_LANGUAGE ? typed.trim() : chosen.trim();
}
