import type { Db } from '../connection.ts';
import type { SteeringMembersTable } from '../schema.ts';

export interface SteeringMemberRow {
  name: string;
  country_slug: string;
  country_name: string;
  /** The member's organisation, a content item of type `organization`. */
  organization_slug: string | null;
  organization_name: string | null;
  organization_fields: string | null;
}

/** One member per country, in the countries' order. */
export async function selectSteeringMembers(db: Db): Promise<SteeringMemberRow[]> {
  return db
    .selectFrom('steering_members')
    .innerJoin('labels', 'labels.id', 'steering_members.country_label_id')
    .leftJoin('content_items', 'content_items.id', 'steering_members.organization_id')
    .select([
      'steering_members.name',
      'labels.slug as country_slug',
      'labels.name as country_name',
      'content_items.slug as organization_slug',
      'content_items.title as organization_name',
      'content_items.fields as organization_fields',
    ])
    .orderBy('labels.position')
    .execute();
}

/** Sets a country's member, replacing any earlier one. */
export async function upsertSteeringMember(db: Db, member: SteeringMembersTable): Promise<void> {
  await db
    .insertInto('steering_members')
    .values(member)
    .onConflict((oc) =>
      oc
        .column('country_label_id')
        .doUpdateSet({ name: member.name, organization_id: member.organization_id }),
    )
    .execute();
}
