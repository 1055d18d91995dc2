import { z } from 'zod';
import type { ContentItemsTable } from '../../db/schema.ts';

/**
 * How an item shows in a search result and in a shared link (WhatsApp, Facebook…), when it
 * should not be its title, excerpt and featured image. The limits are those past which search
 * engines and link previews cut the text anyway, with room for scripts that need more
 * characters for the same width (Khmer, Devanagari).
 */
export const SHARING_LIMITS = { metaTitle: 120, metaDescription: 320 } as const;

/** Empty text means "not set", so clearing a field in the form falls back to the default. */
const optionalSharingText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'problem.maxCharacters')
    .nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null));

export const sharingFieldsSchema = z.object({
  metaTitle: optionalSharingText(SHARING_LIMITS.metaTitle),
  metaDescription: optionalSharingText(SHARING_LIMITS.metaDescription),
  socialImageId: z.string().uuid('problem.mediaId').nullable().optional(),
});

type SharingFields = z.output<typeof sharingFieldsSchema>;

/** The columns an edit changes: only the fields it names. */
export function sharingChanges(fields: Partial<SharingFields>): Partial<ContentItemsTable> {
  const changes: Partial<ContentItemsTable> = {};
  if (fields.metaTitle !== undefined) changes.meta_title = fields.metaTitle;
  if (fields.metaDescription !== undefined) changes.meta_description = fields.metaDescription;
  if (fields.socialImageId !== undefined) changes.social_image_id = fields.socialImageId;
  return changes;
}

/** The title and description search engines and link previews get for an item. */
export function sharingText(item: {
  title: string;
  excerpt: string;
  metaTitle: string | null;
  metaDescription: string | null;
}): { title: string; description: string } {
  return {
    title: item.metaTitle ?? item.title,
    description: item.metaDescription ?? item.excerpt,
  };
}
