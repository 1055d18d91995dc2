import type { MessageKey } from '../../lib/i18n/catalogues.ts';

/**
 * The admin form of a type's own fields, described as data beside the type's schema: one
 * description renders the controls (`TypeFieldset` in the admin views) and reads them back
 * from the posted form (`readTypeForm` in the admin routes), so the two can never disagree.
 * Names are the schema's field names; inside groups and rows they are paths (`budget.amount`,
 * `indicators.0.count`), which are also the paths of the schema's problems. Every text is a
 * catalogue key (`form.<type>.…` in messages-en-forms.ts).
 *
 * `Name` is the schema's field names, so a definition's top-level controls are checked as it
 * is written; the names inside groups and rows are checked by content-type-forms.test.ts.
 */
export type TypeFormControl<Name extends string = string> =
  | {
      kind: 'text';
      name: Name;
      label: MessageKey;
      hint?: MessageKey;
      input?: 'text' | 'url' | 'email' | 'date' | 'datetime-local';
      /** Sent as `''` when empty, so the domain names what is missing; else empty is null. */
      required?: boolean;
      /** Values offered as the person types (a datalist): stored as they are, not translated. */
      suggestions?: readonly string[];
    }
  | { kind: 'number'; name: Name; label: MessageKey; hint?: MessageKey; step?: string }
  /** Yes or no: checked sends `1` (true); unchecked sends nothing (false). */
  | { kind: 'checkbox'; name: Name; label: MessageKey; hint?: MessageKey }
  | { kind: 'textarea'; name: Name; label: MessageKey; hint?: MessageKey; rows?: number }
  | {
      kind: 'select';
      name: Name;
      label: MessageKey;
      hint?: MessageKey;
      options: readonly TypeFormOption[];
      /** The first option, sending nothing ("Choose …"), when the field may be left unset. */
      emptyOption?: MessageKey;
    }
  /** One of the site's countries, by its label's slug. */
  | { kind: 'country'; name: Name; label: MessageKey; hint?: MessageKey }
  /** A PDF of the media library, by its id, chosen from the library's documents. */
  | { kind: 'document'; name: Name; label: MessageKey; hint?: MessageKey }
  /** Organisations by acronym, separated by commas. */
  | { kind: 'organizations'; name: Name; label: MessageKey; hint?: MessageKey }
  /** A list of short texts, one per line. */
  | { kind: 'lines'; name: Name; label: MessageKey; hint?: MessageKey }
  /** People, one per line: `Name | role | organisation`. */
  | { kind: 'people'; name: Name; label: MessageKey; hint?: MessageKey }
  /** An object; when `optional`, leaving every control empty sends null. */
  | {
      kind: 'group';
      name: Name;
      legend: MessageKey;
      hint?: MessageKey;
      optional: boolean;
      controls: readonly TypeFormControl[];
    }
  /** A list of objects, one row each, with empty rows to add more without JavaScript. */
  | {
      kind: 'rows';
      name: Name;
      legend: MessageKey;
      hint?: MessageKey;
      /** Names one row for screen readers and messages: "Indicator line 2". */
      rowLabel: MessageKey;
      blankRows: number;
      controls: readonly TypeFormControl[];
    };

/** One choice of a select: the value sent, and what it is called. */
export interface TypeFormOption {
  value: string;
  label: MessageKey;
}

export interface TypeForm<Name extends string = string> {
  legend: MessageKey;
  controls: readonly TypeFormControl<Name>[];
  /** When the type's fields decide the address, what the form says instead of the slug field. */
  fixedAddress?: MessageKey;
  /**
   * The schema's fields the form leaves out on purpose, each changed by a step of its own (a
   * story's consent withdrawal); every other field has a control.
   */
  notInForm?: readonly Name[];
}

/** A select's options in the order of the domain's list, each value named by a key. */
export function formOptions<Value extends string>(
  values: readonly Value[],
  labelOf: (value: Value) => MessageKey,
): TypeFormOption[] {
  return values.map((value) => ({ value, label: labelOf(value) }));
}

/** The organisations an item is about, which every news type has. */
export const aboutOrganizationsControl = {
  kind: 'organizations',
  name: 'organizations',
  label: 'form.organizations.about',
  hint: 'form.organizations.about.hint',
} as const satisfies TypeFormControl<'organizations'>;
