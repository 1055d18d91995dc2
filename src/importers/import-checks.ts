import type { z } from 'zod';
import { ImportFileError, importBundleSchema } from './import-bundle.ts';
import type { ImportHeader } from './import-stream.ts';

const importHeaderSchema = importBundleSchema.omit({ items: true, comments: true });

function invalidRecord(where: string, issue: z.core.$ZodIssue | undefined, field: PropertyKey[]) {
  return new ImportFileError(
    `${where}: ${field.length > 0 ? `${field.map(String).join('.')} ` : ''}${issue?.message ?? 'is not valid'}`,
  );
}

/** A header that does not fit the shape, named by the record at fault. */
export function checkedHeader(header: ImportHeader): ImportHeader {
  const parsed = importHeaderSchema.safeParse(header);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const [collection, index, ...field] = issue?.path ?? [];
  const record =
    typeof collection === 'string' && typeof index === 'number'
      ? (header[collection as 'authors'] as { origin?: string }[] | undefined)?.[index]
      : undefined;
  const where = record?.origin ?? (collection ? String(collection) : 'the export');
  throw invalidRecord(where, issue, field);
}

/** An item or a comment that does not fit the shape, named by itself. */
export function checkedRecord<Record>(
  schema: z.ZodType<Record>,
  record: Record,
  collection: 'items' | 'comments',
): Record {
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const origin = (record as { origin?: unknown } | null)?.origin;
  throw invalidRecord(typeof origin === 'string' && origin ? origin : collection, issue, [
    ...(issue?.path ?? []),
  ]);
}
