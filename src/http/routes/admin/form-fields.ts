import { z } from 'zod';
import { type ReadingOptions, parseInput } from '../../../domain/validation.ts';

/**
 * Reading the admin's url-encoded forms and query strings. Browsers send a repeated name
 * (checkboxes) as several values, which arrive as an array; everything else is one string.
 */

type RawForm = Record<string, unknown>;

function rawOf(value: unknown): RawForm {
  return value && typeof value === 'object' ? (value as RawForm) : {};
}

/** One text field of a form or query (the first, if it was sent several times). */
export function textField(source: unknown, name: string): string {
  const value = rawOf(source)[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

/** Every value sent under a name. */
function listField(source: unknown, name: string): string[] {
  const value = rawOf(source)[name];
  const values = Array.isArray(value) ? value : [value];
  return values.filter((entry): entry is string => typeof entry === 'string');
}

/**
 * A form field as a schema reads it: the first value sent, or '' when none was (so a form
 * that lost a field shows it empty and lets the domain say what it must be).
 */
export function formText(text: z.ZodString = z.string()) {
  return z.preprocess((value) => textField({ value }, 'value'), text);
}

/**
 * A field that names one of a few values (`?status=review`); left out or empty, it is
 * undefined. Anything else is refused with `message`.
 */
export function formChoice<const Value extends string>(values: readonly Value[], message: string) {
  return z.preprocess(
    (value) => textField({ value }, 'value') || undefined,
    z.enum(values, message).optional(),
  );
}

/** Every value sent under a name (checkboxes), as a schema reads them. */
export const formListSchema = z.preprocess(
  (value) => listField({ value }, 'value'),
  z.array(z.string()),
);

/**
 * Reads a form or query string with a schema of form fields. The fields only take their
 * shape here (text, lists); what they must say is for the domain's schema to judge, with
 * its messages.
 */
export function readForm<Shape extends z.ZodRawShape>(
  shape: Shape,
  source: unknown,
  options?: ReadingOptions,
): z.output<z.ZodObject<Shape>> {
  return parseInput(z.object(shape), rawOf(source), options);
}

/**
 * A text field that may be left out: absent (or sent twice) it stays undefined, so the domain
 * leaves what it stands for as it is.
 */
export const optionalFormText = z.preprocess(
  (value) => (typeof value === 'string' ? value : undefined),
  z.string().optional(),
);

/** The text fields that were sent, to show again in the form. */
export function sentFields(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
