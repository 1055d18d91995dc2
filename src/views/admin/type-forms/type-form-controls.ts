import type { ContentType } from '../../../domain/content/content-item.ts';
import type { ChoiceOption } from '../components/form-fields.tsx';

/**
 * The admin form of a type's own fields, described as data: one description renders the
 * controls (`TypeFieldset`) and reads them back from the posted form (`readTypeForm` in the
 * admin routes), so the two can never disagree. Names are the domain's field names; inside
 * groups and rows they are paths (`budget.amount`, `indicators.0.count`), which are also the
 * paths of the domain's error messages.
 */
export type TypeFormControl =
  | {
      kind: 'text';
      name: string;
      label: string;
      hint?: string;
      input?: 'text' | 'url' | 'email' | 'date' | 'datetime-local';
      /** Sent as `''` when empty, so the domain names what is missing; else empty is null. */
      required?: boolean;
      /** Suggestions offered as the person types (a datalist). */
      suggestions?: readonly string[];
    }
  | { kind: 'number'; name: string; label: string; hint?: string; step?: string }
  | { kind: 'textarea'; name: string; label: string; hint?: string; rows?: number }
  | { kind: 'select'; name: string; label: string; hint?: string; options: ChoiceOption[] }
  /** One of the site's countries, by its label's slug. */
  | { kind: 'country'; name: string; label: string; hint?: string }
  /** A PDF of the media library, by its id, chosen from the library's documents. */
  | { kind: 'document'; name: string; label: string; hint?: string }
  /** Organisations by acronym, separated by commas. */
  | { kind: 'organizations'; name: string; label: string; hint?: string }
  /** A list of short texts, one per line. */
  | { kind: 'lines'; name: string; label: string; hint?: string }
  /** People, one per line: `Name | role | organisation`. */
  | { kind: 'people'; name: string; label: string; hint?: string }
  /** An object; when `optional`, leaving every control empty sends null. */
  | {
      kind: 'group';
      name: string;
      legend: string;
      hint?: string;
      optional: boolean;
      controls: TypeFormControl[];
    }
  /** A list of objects, one row each, with empty rows to add more without JavaScript. */
  | {
      kind: 'rows';
      name: string;
      legend: string;
      hint?: string;
      /** Names one row for screen readers and messages: "Indicator line 2". */
      rowLabel: string;
      blankRows: number;
      controls: TypeFormControl[];
    };

export interface TypeForm {
  type: ContentType;
  legend: string;
  controls: TypeFormControl[];
  /** When the type's fields decide the address, what the form says instead of the slug field. */
  fixedAddress?: string;
}

/** The name a control is posted under: `f.` and its path. */
export function postedName(path: string): string {
  return `f.${path}`;
}

/** The value at a path of a fields object (`indicators.0.count`). */
export function valueAt(fields: unknown, path: string): unknown {
  let value = fields;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
