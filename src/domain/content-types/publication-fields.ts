import { z } from 'zod';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import { optionalText, organizationRefsSchema } from './field-schemas.ts';

export const publicationFileSchema = z.strictObject({
  /** BCP 47 language tag of the file's text: `en`, `fr`, `ne`. */
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or fr'),
  /** The uploaded file (a PDF in the media library). */
  mediaId: z.uuid('must be a file from the media library'),
});

/** A guide or report, one file per language. The cover is the item's featured image. */
export const publicationFieldsSchema = z
  .strictObject({
    /** Guide, report, brief … as the network calls it. */
    kind: optionalText(60),
    publishers: organizationRefsSchema,
    organizations: organizationRefsSchema,
    files: z.array(publicationFileSchema).max(30, 'must be 30 files or fewer').default([]),
    pageCount: z.number().int().min(1).nullable().default(null),
  })
  .superRefine((fields, context) => {
    const seen = new Set<string>();
    fields.files.forEach((file, index) => {
      if (seen.has(file.language)) {
        context.addIssue({
          code: 'custom',
          path: ['files', index, 'language'],
          message: 'has a file already: one file per language',
        });
      }
      seen.add(file.language);
    });
  });

export type PublicationFields = z.output<typeof publicationFieldsSchema>;

export const publicationType: ContentTypeDefinition<typeof publicationFieldsSchema> = {
  searchText: (fields) => ({ body: [fields.kind ?? ''] }),
  type: 'publication',
  schema: publicationFieldsSchema,
  organizationFields: ['publishers', 'organizations'],
  documentRefs: (fields) =>
    fields.files.map((file, index) => ({ path: `files.${index}.mediaId`, mediaId: file.mediaId })),
  publicationProblems: (fields): Record<string, string> =>
    fields.files.length === 0 ? { files: 'add at least one file before publishing' } : {},
};
