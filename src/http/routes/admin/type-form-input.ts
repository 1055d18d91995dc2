import type { TypeForm, TypeFormControl } from '../../../domain/content-types/type-form.ts';
import { postedName } from '../../../views/admin/type-forms/type-form-controls.ts';
import { textField } from './form-fields.ts';

/**
 * Reads a type's fields back from the posted item form, as the domain's input. Numbers that
 * are not numbers and other odd input are passed on as text for the domain to refuse with
 * its message; nothing is judged here.
 */
export function readTypeForm(form: TypeForm, body: unknown): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const control of form.controls) {
    fields[control.name] = readControl(control, control.name, body);
  }
  return fields;
}

function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === '' || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

function readControl(control: TypeFormControl, path: string, body: unknown): unknown {
  const text = () => textField(body, postedName(path)).trim();
  switch (control.kind) {
    case 'text': {
      const value = text();
      return value === '' && !control.required ? null : value;
    }
    case 'country':
    case 'document':
      // Always a string, so an unchosen country or file gets the domain's message.
      return text();
    case 'textarea':
    case 'select': {
      const value = text();
      return value === '' ? null : value;
    }
    case 'number': {
      const value = text();
      if (value === '') return null;
      const number = Number(value);
      return Number.isFinite(number) ? number : value;
    }
    case 'checkbox':
      return text() === '1';
    case 'organizations':
      return splitList(text(), /[,\n]/);
    case 'lines':
      return splitList(textField(body, postedName(path)), /\r?\n/);
    case 'people':
      return splitList(textField(body, postedName(path)), /\r?\n/).map((line) => {
        const [name = '', role = '', organization = ''] = line
          .split('|')
          .map((part) => part.trim());
        return { name, role: role || null, organization: organization || null };
      });
    case 'group': {
      const group: Record<string, unknown> = {};
      for (const inner of control.controls) {
        group[inner.name] = readControl(inner, `${path}.${inner.name}`, body);
      }
      return control.optional && isEmpty(group) ? null : group;
    }
    case 'rows': {
      const rows: Record<string, unknown>[] = [];
      for (const index of rowIndexes(body, path)) {
        const row: Record<string, unknown> = {};
        for (const inner of control.controls) {
          row[inner.name] = readControl(inner, `${path}.${index}.${inner.name}`, body);
        }
        // The blank rows offered for adding more are left out.
        if (!isEmpty(row)) rows.push(row);
      }
      return rows;
    }
  }
}

/** The row numbers posted under a rows control, in order. */
function rowIndexes(body: unknown, path: string): number[] {
  const prefix = `${postedName(path)}.`;
  const indexes = new Set<number>();
  for (const key of Object.keys(body && typeof body === 'object' ? body : {})) {
    if (!key.startsWith(prefix)) continue;
    const index = /^(\d{1,3})\./.exec(key.slice(prefix.length))?.[1];
    if (index !== undefined) indexes.add(Number(index));
  }
  return [...indexes].sort((a, b) => a - b);
}
