import { type Db, inTransaction } from '../connection.ts';
import { bumpContentVersion } from './site-state-repository.ts';
import type { OrganizationsTable, SteeringMembersTable } from '../schema.ts';

export type OrganizationRow = OrganizationsTable & { country_slug: string | null };

export async function selectOrganizations(db: Db): Promise<OrganizationRow[]> {
  return db
    .selectFrom('organizations')
    .leftJoin('labels', 'labels.id', 'organizations.country_label_id')
    .selectAll('organizations')
    .select('labels.slug as country_slug')
    .orderBy('organizations.acronym')
    .execute();
}

export async function selectOrganizationByAcronym(
  db: Db,
  acronym: string,
): Promise<OrganizationsTable | undefined> {
  return db
    .selectFrom('organizations')
    .selectAll()
    .where('acronym', '=', acronym)
    .executeTakeFirst();
}

export async function insertOrganization(db: Db, organization: OrganizationsTable): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.insertInto('organizations').values(organization).execute();
    await bumpContentVersion(trx);
  });
}

export interface SteeringMemberRow {
  name: string;
  country_slug: string;
  country_name: string;
  organization_acronym: string | null;
  organization_name: string | null;
}

/** One member per country, in the countries' order. */
export async function selectSteeringMembers(db: Db): Promise<SteeringMemberRow[]> {
  return db
    .selectFrom('steering_members')
    .innerJoin('labels', 'labels.id', 'steering_members.country_label_id')
    .leftJoin('organizations', 'organizations.id', 'steering_members.organization_id')
    .select([
      'steering_members.name',
      'labels.slug as country_slug',
      'labels.name as country_name',
      'organizations.acronym as organization_acronym',
      'organizations.name as organization_name',
    ])
    .orderBy('labels.position')
    .execute();
}

/** Sets a country's member, replacing any earlier one. */
export async function upsertSteeringMember(db: Db, member: SteeringMembersTable): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('steering_members')
      .values(member)
      .onConflict((oc) =>
        oc
          .column('country_label_id')
          .doUpdateSet({ name: member.name, organization_id: member.organization_id }),
      )
      .execute();
    await bumpContentVersion(trx);
  });
}
