import { z } from 'zod';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import { organizationRefsSchema } from './field-schemas.ts';

/** A post is free text; its only structured field is the organisations it is about. */
export const postFieldsSchema = z.strictObject({
  organizations: organizationRefsSchema,
});

export const postType: ContentTypeDefinition<typeof postFieldsSchema> = {
  type: 'post',
  schema: postFieldsSchema,
  organizationFields: ['organizations'],
};
