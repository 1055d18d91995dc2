import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import { selectLabel } from '../../db/repositories/label-repository.ts';
import { selectOrganizationsByRefs } from '../../db/repositories/content-organization-repository.ts';
import {
  type SteeringMemberRow,
  selectSteeringMembers,
  upsertSteeringMember,
} from '../../db/repositories/organization-repository.ts';
import { ValidationError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { slugify } from '../../lib/slug.ts';
import { createContentItem } from '../content/content-service.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import type { OrganizationFields } from '../content-types/organization-fields.ts';
import { parseInput } from '../validation.ts';

export interface SteeringMember {
  name: string;
  countrySlug: string;
  countryName: string;
  organization: { slug: string; name: string; acronym: string } | null;
}

export interface NewOrganization {
  acronym: string;
  name: string;
  kind: OrganizationFields['kind'];
  relationship: OrganizationFields['relationship'];
  /** Country label slug; null for regional and international bodies. */
  country: string | null;
  website?: string | null;
  /** Plain text, one paragraph. */
  description?: string;
  publishedAt?: string;
}

function paragraphOf(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped ? `<p>${escaped}</p>` : '';
}

/**
 * Adds a published organisation without going through the desk: for the demo content and
 * for tests. Editors add organisations as items through the admin, like any other type.
 */
export async function createOrganization(db: Db, input: NewOrganization): Promise<string> {
  return createContentItem(db, {
    type: 'organization',
    title: input.name,
    html: paragraphOf(input.description ?? ''),
    status: 'published',
    publishedAt: input.publishedAt,
    labels: input.country ? [{ kind: 'country', slug: input.country }] : [],
    fields: {
      acronym: input.acronym,
      kind: input.kind,
      relationship: input.relationship,
      website: input.website ?? null,
    },
  });
}

const steeringMemberSchema = z.object({
  country: z.string().min(1),
  name: z.string().trim().min(1, 'problem.required').max(200),
  /** The organisation's acronym or slug. */
  organization: z.string().nullable().default(null),
});

/** Sets the steering-committee member for a country (one per country). */
export async function setSteeringMember(
  db: Db,
  input: z.input<typeof steeringMemberSchema>,
): Promise<void> {
  const fields = parseInput(steeringMemberSchema, input);
  const country = await selectLabel(db, 'country', fields.country);
  if (!country) {
    throw new ValidationError(problem('problem.fieldsNeedAttention'), {
      country: problem('problem.noCountryNamed', { slug: fields.country }),
    });
  }
  const [organization] = fields.organization
    ? await selectOrganizationsByRefs(db, { slugs: [slugify(fields.organization)], ids: [] })
    : [];
  if (fields.organization && !organization) {
    throw new ValidationError(problem('problem.fieldsNeedAttention'), {
      organization: problem('problem.noOrganizationNamed', { name: fields.organization }),
    });
  }
  await changePublicContent(db, (trx) =>
    upsertSteeringMember(trx, {
      id: randomUUID(),
      country_label_id: country.id,
      name: fields.name,
      organization_id: organization?.id ?? null,
    }),
  );
}

function toSteeringMember(row: SteeringMemberRow): SteeringMember {
  const fields = row.organization_fields
    ? (JSON.parse(row.organization_fields) as Partial<OrganizationFields>)
    : null;
  return {
    name: row.name,
    countrySlug: row.country_slug,
    countryName: row.country_name,
    organization:
      row.organization_slug && row.organization_name
        ? {
            slug: row.organization_slug,
            name: row.organization_name,
            acronym: fields?.acronym ?? row.organization_name,
          }
        : null,
  };
}

export async function listSteeringCommittee(db: Db): Promise<SteeringMember[]> {
  return (await selectSteeringMembers(db)).map(toSteeringMember);
}
