import type { Db } from '../../db/connection.ts';
import {
  type OrganizationLink,
  selectOrganizationsByRefs,
} from '../../db/repositories/content-organization-repository.ts';
import { selectMediaByIds } from '../../db/repositories/media-repository.ts';
import type { ContentType } from '../../db/schema.ts';
import { ValidationError } from '../../lib/errors.ts';
import { type Problem, problem } from '../../lib/problems.ts';
import { slugify } from '../../lib/slug.ts';
import type { DerivedFacts } from '../content-types/content-type-definition.ts';
import { contentTypeDefinition } from '../content-types/content-type-registry.ts';
import { parseInput } from '../validation.ts';

const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface CheckedFields {
  /** The JSON to store: the type's fields, organisations as ids. */
  json: string;
  derived: DerivedFacts;
  organizationLinks: OrganizationLink[];
}

/**
 * Checks an item's type fields against its type's schema, names each unknown organisation,
 * and works out what follows from the fields (fixed slug, implied labels, times). `input` is
 * the whole set of fields: an edit merges its changes over the stored ones first.
 */
export async function checkTypeFields(
  db: Db,
  type: ContentType,
  input: Record<string, unknown>,
): Promise<CheckedFields> {
  const definition = contentTypeDefinition(type);
  const fields = parseInput(definition.schema, input) as Record<string, unknown>;
  await checkDocumentRefs(db, definition.documentRefs?.(fields as never) ?? []);
  const organizationLinks = await resolveOrganizations(
    db,
    fields,
    definition.organizationFields as readonly string[],
  );
  return {
    json: JSON.stringify(fields),
    derived: definition.derive?.(fields as never) ?? {},
    organizationLinks,
  };
}

/** Each upload the fields point at as a document must be one, in the media library. */
async function checkDocumentRefs(db: Db, refs: { path: string; mediaId: string }[]): Promise<void> {
  if (refs.length === 0) return;
  const rows = await selectMediaByIds(
    db,
    refs.map((ref) => ref.mediaId),
  );
  const documents = new Set(rows.filter((row) => row.kind === 'document').map((row) => row.id));
  const problems: Record<string, Problem> = {};
  for (const ref of refs) {
    if (!documents.has(ref.mediaId)) {
      problems[ref.path] ??= problem('problem.mediaLibraryPdf');
    }
  }
  if (Object.keys(problems).length > 0) {
    throw new ValidationError(problem('problem.fieldsNeedAttention'), problems);
  }
}

/** Replaces each organisation reference in `fields` by its id; unknown ones are refused. */
async function resolveOrganizations(
  db: Db,
  fields: Record<string, unknown>,
  organizationFields: readonly string[],
): Promise<OrganizationLink[]> {
  const refs = organizationFields.flatMap((field) => (fields[field] as string[] | undefined) ?? []);
  if (refs.length === 0) return [];
  const rows = await selectOrganizationsByRefs(db, {
    ids: refs.filter((ref) => idPattern.test(ref)),
    slugs: refs.filter((ref) => !idPattern.test(ref)).map((ref) => slugify(ref)),
  });
  const idOf = new Map<string, string>();
  for (const row of rows) {
    idOf.set(row.id, row.id);
    idOf.set(row.slug, row.id);
  }
  const links: OrganizationLink[] = [];
  const problems: Record<string, Problem> = {};
  for (const field of organizationFields) {
    const ids: string[] = [];
    for (const ref of (fields[field] as string[] | undefined) ?? []) {
      const id = idOf.get(idPattern.test(ref) ? ref : slugify(ref));
      if (!id) {
        problems[field] ??= problem('problem.thereIsNoOrganization', { name: ref });
        continue;
      }
      if (ids.includes(id)) continue;
      ids.push(id);
      links.push({ organization_id: id, role: field, position: ids.length - 1 });
    }
    fields[field] = ids;
  }
  if (Object.keys(problems).length > 0) {
    throw new ValidationError(problem('problem.fieldsNeedAttention'), problems);
  }
  return links;
}

/** Stored fields with organisation ids shown as slugs, as the API and the admin form name them. */
export async function fieldsWithOrganizationSlugs(
  db: Db,
  type: ContentType,
  json: string,
): Promise<Record<string, unknown>> {
  const fields = JSON.parse(json || '{}') as Record<string, unknown>;
  const organizationFields = contentTypeDefinition(type).organizationFields as readonly string[];
  const ids = organizationFields.flatMap((field) => (fields[field] as string[] | undefined) ?? []);
  if (ids.length === 0) return fields;
  const rows = await selectOrganizationsByRefs(db, { ids, slugs: [] });
  const slugOf = new Map(rows.map((row) => [row.id, row.slug]));
  for (const field of organizationFields) {
    const list = (fields[field] as string[] | undefined) ?? [];
    fields[field] = list.flatMap((id) => {
      const slug = slugOf.get(id);
      return slug ? [slug] : [];
    });
  }
  return fields;
}
