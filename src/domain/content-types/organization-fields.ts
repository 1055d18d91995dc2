import { z } from 'zod';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import { segmentAddress } from './type-addresses.ts';
import { requiredText, webAddressSchema } from './field-schemas.ts';
import { formOptions } from './type-form.ts';
import { slugify } from '../../lib/slug.ts';

export const ORGANIZATION_KINDS = ['trade-union', 'ngo', 'network', 'donor', 'un-agency'] as const;
/** How the organisation stands to the network. */
export const ORGANIZATION_RELATIONSHIPS = ['member', 'partner', 'other'] as const;

/** An organisation: its title is its full name; its country is its country label. */
export const organizationFieldsSchema = z.strictObject({
  acronym: requiredText(60),
  kind: z.enum(ORGANIZATION_KINDS, 'problem.organizationKind'),
  relationship: z.enum(ORGANIZATION_RELATIONSHIPS, 'problem.organizationRelationship'),
  website: webAddressSchema,
});

export type OrganizationFields = z.output<typeof organizationFieldsSchema>;
export type OrganizationKind = OrganizationFields['kind'];

export const organizationType: ContentTypeDefinition<typeof organizationFieldsSchema> = {
  type: 'organization',
  names: { singular: 'type.organization', plural: 'types.organization' },
  address: segmentAddress('organizations', { ownPages: true }),
  collection: 'organizations',
  inStream: false,
  schema: organizationFieldsSchema,
  organizationFields: [],
  // The acronym is the address (`/organizations/gefont`) and how other items name it.
  searchText: (fields) => ({ title: [fields.acronym] }),
  derive: (fields) => ({ slug: slugify(fields.acronym) || undefined, slugField: 'acronym' }),
  form: {
    legend: 'form.organization.legend',
    fixedAddress: 'form.organization.fixedAddress',
    controls: [
      {
        kind: 'text',
        name: 'acronym',
        label: 'form.organization.acronym',
        required: true,
        hint: 'form.organization.acronym.hint',
      },
      {
        kind: 'select',
        name: 'kind',
        label: 'form.organization.kind',
        options: formOptions(ORGANIZATION_KINDS, (kind) => `organization.kind.${kind}`),
      },
      {
        kind: 'select',
        name: 'relationship',
        label: 'form.organization.relationship',
        // The directory says what "other" organisations do; the form, who they are.
        options: formOptions(ORGANIZATION_RELATIONSHIPS, (relationship) =>
          relationship === 'other'
            ? 'form.organization.relationship.other'
            : `organization.relationship.${relationship}`,
        ),
      },
      { kind: 'text', name: 'website', label: 'form.organization.website', input: 'url' },
    ],
  },
};
