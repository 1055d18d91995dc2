import { z } from 'zod';
import { type Problem, problem } from '../../lib/problems.ts';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import { segmentAddress } from './type-addresses.ts';
import { optionalText, organizationRefsSchema } from './field-schemas.ts';
import { aboutOrganizationsControl } from './type-form.ts';

export const publicationFileSchema = z.strictObject({
  /** BCP 47 language tag of the file's text: `en`, `fr`, `ne`. */
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'problem.languageTagExample'),
  /** The uploaded file (a PDF in the media library). */
  mediaId: z.uuid('problem.mediaLibraryFile'),
});

/** A guide or report, one file per language. The cover is the item's featured image. */
export const publicationFieldsSchema = z
  .strictObject({
    /** Guide, report, brief … as the network calls it. */
    kind: optionalText(60),
    publishers: organizationRefsSchema,
    organizations: organizationRefsSchema,
    files: z.array(publicationFileSchema).max(30, 'problem.maxFiles').default([]),
    pageCount: z.number().int().min(1).nullable().default(null),
  })
  .superRefine((fields, context) => {
    const seen = new Set<string>();
    fields.files.forEach((file, index) => {
      if (seen.has(file.language)) {
        context.addIssue({
          code: 'custom',
          path: ['files', index, 'language'],
          message: 'problem.fileForLanguageExists',
        });
      }
      seen.add(file.language);
    });
  });

export type PublicationFields = z.output<typeof publicationFieldsSchema>;

export const publicationType: ContentTypeDefinition<typeof publicationFieldsSchema> = {
  searchText: (fields) => ({ body: [fields.kind ?? ''] }),
  type: 'publication',
  names: {
    singular: 'type.publication',
    plural: 'types.publication',
    description: 'publication.description',
  },
  address: segmentAddress('publications'),
  collection: 'publications',
  inStream: true,
  schema: publicationFieldsSchema,
  organizationFields: ['publishers', 'organizations'],
  documentRefs: (fields) =>
    fields.files.map((file, index) => ({ path: `files.${index}.mediaId`, mediaId: file.mediaId })),
  publicationProblems: (fields): Record<string, Problem> =>
    fields.files.length === 0 ? { files: problem('problem.publicationNeedsFile') } : {},
  form: {
    legend: 'form.publication.legend',
    controls: [
      {
        kind: 'text',
        name: 'kind',
        label: 'form.publication.kind',
        hint: 'form.publication.kind.hint',
        suggestions: ['Guide', 'Report', 'Brief', 'Study'],
      },
      {
        kind: 'organizations',
        name: 'publishers',
        label: 'form.publication.publishers',
        hint: 'form.organizations.hint',
      },
      { kind: 'number', name: 'pageCount', label: 'form.publication.pageCount' },
      {
        kind: 'rows',
        name: 'files',
        legend: 'form.publication.files',
        hint: 'form.publication.files.hint',
        rowLabel: 'form.publication.files.row',
        blankRows: 2,
        controls: [
          {
            kind: 'text',
            name: 'language',
            label: 'form.publication.files.language',
            hint: 'form.publication.files.language.hint',
            required: true,
          },
          { kind: 'document', name: 'mediaId', label: 'form.publication.files.mediaId' },
        ],
      },
      aboutOrganizationsControl,
    ],
  },
};
