/**
 * How the controls of a type's form (`TypeForm`, in each type's definition) are named in the
 * posted form, shared by `TypeFieldset`, which renders them, and `readTypeForm` in the admin
 * routes, which reads them back. Inside groups and rows a control's path is prefixed by
 * theirs (`budget.amount`, `indicators.0.count`), like the paths of the domain's problems.
 */

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
