import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import { selectLabel } from '../../db/repositories/label-repository.ts';
import {
  insertOrganization,
  type OrganizationRow,
  type SteeringMemberRow,
  selectOrganizationByAcronym,
  selectOrganizations,
  selectSteeringMembers,
  upsertSteeringMember,
} from '../../db/repositories/organization-repository.ts';
import { ConflictError, ValidationError } from '../../lib/errors.ts';
import { parseInput } from '../validation.ts';

export type Organization = OrganizationRow;
export type SteeringMember = SteeringMemberRow;

const organizationSchema = z.object({
  acronym: z.string().trim().min(1, 'is required').max(60),
  name: z.string().trim().min(1, 'is required').max(300),
  kind: z.enum(['member', 'partner', 'donor', 'network']),
  country: z.string().nullable().default(null),
  description: z.string().trim().max(2000).default(''),
});

async function requireCountryLabelId(db: Db, slug: string, field: string): Promise<string> {
  const label = await selectLabel(db, 'country', slug);
  if (!label) {
    throw new ValidationError('Some fields need attention.', { [field]: `no country "${slug}"` });
  }
  return label.id;
}

export async function createOrganization(
  db: Db,
  input: z.input<typeof organizationSchema>,
): Promise<string> {
  const fields = parseInput(organizationSchema, input);
  if (await selectOrganizationByAcronym(db, fields.acronym)) {
    throw new ConflictError('An organisation with that acronym exists.', {
      acronym: 'is already in use',
    });
  }
  const id = randomUUID();
  await insertOrganization(db, {
    id,
    acronym: fields.acronym,
    name: fields.name,
    kind: fields.kind,
    country_label_id:
      fields.country === null ? null : await requireCountryLabelId(db, fields.country, 'country'),
    description: fields.description,
  });
  return id;
}

export async function listOrganizations(db: Db): Promise<Organization[]> {
  return selectOrganizations(db);
}

const steeringMemberSchema = z.object({
  country: z.string().min(1),
  name: z.string().trim().min(1, 'is required').max(200),
  organization: z.string().nullable().default(null),
});

/** Sets the steering-committee member for a country (one per country). */
export async function setSteeringMember(
  db: Db,
  input: z.input<typeof steeringMemberSchema>,
): Promise<void> {
  const fields = parseInput(steeringMemberSchema, input);
  const countryId = await requireCountryLabelId(db, fields.country, 'country');
  const organization = fields.organization
    ? await selectOrganizationByAcronym(db, fields.organization)
    : undefined;
  if (fields.organization && !organization) {
    throw new ValidationError('Some fields need attention.', {
      organization: `no organisation "${fields.organization}"`,
    });
  }
  await upsertSteeringMember(db, {
    id: randomUUID(),
    country_label_id: countryId,
    name: fields.name,
    organization_id: organization?.id ?? null,
  });
}

export async function listSteeringCommittee(db: Db): Promise<SteeringMember[]> {
  return selectSteeringMembers(db);
}
