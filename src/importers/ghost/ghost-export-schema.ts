import { z } from 'zod';

/**
 * The parts of a Ghost export (Settings → Advanced → Export, Ghost 1.x–5.x) the importer
 * reads: the database's tables as arrays of rows. Only the columns used are checked; Ghost's
 * many others (meta titles, code injection, newsletters' settings) pass unread.
 */

/** Ghost's ids are 24-hex strings; hand-made and converted exports often use numbers. */
const ghostId = z.unknown().transform((value, context): string => {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  context.addIssue({
    code: 'custom',
    message: value === undefined || value === null ? 'is missing' : 'must be an id',
  });
  return z.NEVER;
});

const ZONELESS_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?$/;

/**
 * An instant in any form Ghost exports carry: ISO 8601 (Ghost 1.x and later), the database's
 * own `2018-10-10 10:00:00` (Ghost stores UTC, so no zone means UTC), or epoch milliseconds.
 */
export function toIsoInstant(value: string | number): string | null {
  let time: number;
  if (typeof value === 'number') {
    time = value;
  } else {
    const trimmed = value.trim();
    const zoneless = ZONELESS_DATE_TIME.exec(trimmed);
    time = zoneless
      ? Date.parse(`${zoneless[1]}T${zoneless[2] ?? '00:00'}Z`)
      : /^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed)
        ? Date.parse(trimmed)
        : Number.NaN;
  }
  return Number.isFinite(time) && Math.abs(time) <= 8.64e15 ? new Date(time).toISOString() : null;
}

function instantOf(value: unknown, context: z.RefinementCtx): string {
  const instant =
    typeof value === 'string' || typeof value === 'number' ? toIsoInstant(value) : null;
  if (instant !== null) return instant;
  const isMissing = value === undefined || value === null;
  context.addIssue({ code: 'custom', message: isMissing ? 'is missing' : 'must be a date' });
  return z.NEVER;
}

// `.optional()` lets the column be absent: a transform's output alone must be present.
const optionalDate = z
  .unknown()
  .optional()
  .transform((value, context): string | null =>
    value === undefined || value === null ? null : instantOf(value, context),
  );

const requiredDate = z.unknown().transform(instantOf);

/** A text column that may be null or absent, read as null then. */
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

const optionalId = ghostId.nullish().transform((value) => value ?? null);

/** Ghost's `status` column; `sent` is a post sent only as an email newsletter (Ghost 5). */
export const GHOST_POST_STATUSES = ['published', 'draft', 'scheduled', 'sent'] as const;

export const ghostPostSchema = z.object({
  id: ghostId,
  uuid: optionalText,
  title: optionalText,
  slug: optionalText,
  html: optionalText,
  plaintext: optionalText,
  /** Ghost 5's editor document (a JSON string), when the export holds no HTML. */
  lexical: optionalText,
  /** Ghost 1.x–4.x's editor document (a JSON string). */
  mobiledoc: optionalText,
  custom_excerpt: optionalText,
  /** On the post itself before Ghost 4 moved them to `posts_meta`. */
  meta_title: optionalText,
  meta_description: optionalText,
  feature_image: optionalText,
  /** `post` or `page` since Ghost 3; earlier exports have the boolean `page` instead. */
  type: optionalText,
  page: z.union([z.boolean(), z.literal(0), z.literal(1)]).nullish(),
  status: z.enum(GHOST_POST_STATUSES),
  /** `public`, or for members' sites `members`, `paid`, `tiers`. */
  visibility: optionalText,
  published_at: optionalDate,
  updated_at: optionalDate,
  /** The single author before Ghost 1.22 introduced `posts_authors`. */
  author_id: optionalId,
  locale: optionalText,
});

export const ghostTagSchema = z.object({
  id: ghostId,
  name: z.string(),
  slug: optionalText,
  description: optionalText,
  /** `internal` for `#hash` tags, which themes use for styling and readers never see. */
  visibility: optionalText,
});

export const ghostUserSchema = z.object({
  id: ghostId,
  name: optionalText,
  email: optionalText,
});

const sortOrder = z
  .number()
  .nullish()
  .transform((value) => value ?? 0);

export const ghostPostTagSchema = z.object({
  post_id: ghostId,
  tag_id: ghostId,
  sort_order: sortOrder,
});

export const ghostPostAuthorSchema = z.object({
  post_id: ghostId,
  author_id: ghostId,
  sort_order: sortOrder,
});

/** Ghost 4+: a post's search and sharing fields, one row per post that has any. */
export const ghostPostMetaSchema = z.object({
  post_id: ghostId,
  meta_title: optionalText,
  meta_description: optionalText,
});

export const ghostSettingSchema = z.object({
  key: z.string(),
  value: z.unknown(),
});

export const ghostMemberSchema = z.object({
  id: ghostId,
  name: optionalText,
  email: optionalText,
});

/** Ghost 5's native comments; `in_reply_to_id` (later 5.x) names the reply answered. */
export const ghostCommentSchema = z.object({
  id: ghostId,
  post_id: ghostId,
  member_id: optionalId,
  parent_id: optionalId,
  in_reply_to_id: optionalId,
  html: optionalText,
  status: optionalText,
  created_at: requiredDate,
});

/** A table the export may leave out; absent or null reads as no rows. */
function table<Row extends z.ZodType>(row: Row) {
  return z
    .array(row)
    .nullish()
    .transform((rows) => rows ?? []);
}

export const ghostDataSchema = z.object({
  posts: z.array(ghostPostSchema),
  tags: table(ghostTagSchema),
  users: table(ghostUserSchema),
  posts_tags: table(ghostPostTagSchema),
  posts_authors: table(ghostPostAuthorSchema),
  posts_meta: table(ghostPostMetaSchema),
  settings: table(ghostSettingSchema),
  members: table(ghostMemberSchema),
  comments: table(ghostCommentSchema),
});

export const ghostMetaSchema = z.object({
  version: z.union([z.string().min(1), z.number()]).transform(String),
});

export type GhostData = z.infer<typeof ghostDataSchema>;
export type GhostPost = z.infer<typeof ghostPostSchema>;
