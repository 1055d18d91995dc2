import { z } from 'zod';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import { postAddress } from './type-addresses.ts';
import { organizationRefsSchema } from './field-schemas.ts';
import { aboutOrganizationsControl } from './type-form.ts';

/** A post is free text; its only structured field is the organisations it is about. */
export const postFieldsSchema = z.strictObject({
  organizations: organizationRefsSchema,
});

export const postType: ContentTypeDefinition<typeof postFieldsSchema> = {
  type: 'post',
  names: {
    singular: 'type.post',
    plural: 'types.post',
    description: 'home.description',
    menu: 'site.home',
  },
  address: postAddress,
  collection: 'posts',
  inStream: true,
  schema: postFieldsSchema,
  organizationFields: ['organizations'],
  form: { legend: 'form.post.legend', controls: [aboutOrganizationsControl] },
};
