import { z } from 'zod';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import { requiredText, webAddressSchema } from './field-schemas.ts';
import { slugify } from '../../lib/slug.ts';

export const ORGANIZATION_KINDS = ['trade-union', 'ngo', 'network', 'donor', 'un-agency'] as const;
/** How the organisation stands to the network. */
export const ORGANIZATION_RELATIONSHIPS = ['member', 'partner', 'other'] as const;

/** An organisation: its title is its full name; its country is its country label. */
export const organizationFieldsSchema = z.strictObject({
  acronym: requiredText(60),
  kind: z.enum(ORGANIZATION_KINDS, 'must be trade-union, ngo, network, donor or un-agency'),
  relationship: z.enum(ORGANIZATION_RELATIONSHIPS, 'must be member, partner or other'),
  website: webAddressSchema,
});

export type OrganizationFields = z.output<typeof organizationFieldsSchema>;
export type OrganizationKind = OrganizationFields['kind'];

export const organizationType: ContentTypeDefinition<typeof organizationFieldsSchema> = {
  type: 'organization',
  schema: organizationFieldsSchema,
  organizationFields: [],
  // The acronym is the address (`/organizations/gefont`) and how other items name it.
  searchText: (fields) => ({ title: [fields.acronym] }),
  derive: (fields) => ({ slug: slugify(fields.acronym) || undefined, slugField: 'acronym' }),
};
