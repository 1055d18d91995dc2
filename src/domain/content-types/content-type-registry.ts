import type { z } from 'zod';
import type { ContentType } from '../../db/schema.ts';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import { eventType } from './event-fields.ts';
import { organizationType } from './organization-fields.ts';
import { pageType } from './page-fields.ts';
import { postType } from './post-fields.ts';
import { publicationType } from './publication-fields.ts';
import { reportType } from './report-fields.ts';
import { statementType } from './statement-fields.ts';
import { storyType } from './story-fields.ts';

const definitions: { [Type in ContentType]: ContentTypeDefinition } = {
  post: postType,
  report: reportType,
  event: eventType,
  publication: publicationType,
  story: storyType,
  statement: statementType,
  organization: organizationType,
  page: pageType,
} as unknown as { [Type in ContentType]: ContentTypeDefinition };

export const CONTENT_TYPES = Object.keys(definitions) as ContentType[];

/** The types that appear in the stream of news (home page, label pages, archive, feeds). */
export const STREAM_TYPES: ContentType[] = CONTENT_TYPES.filter(
  (type) => definitions[type].inStream,
);

/** Whether an item is news, so that readers are told when it was published. */
export function isNewsType(type: ContentType): boolean {
  return STREAM_TYPES.includes(type);
}

export function isContentType(value: string): value is ContentType {
  return Object.hasOwn(definitions, value);
}

export function contentTypeDefinition(type: ContentType): ContentTypeDefinition {
  return definitions[type];
}

/** A type's fields with every default filled in: what a new item of that type starts with. */
export function emptyFields(type: ContentType): z.output<ContentTypeDefinition['schema']> {
  const parsed = definitions[type].schema.safeParse({});
  return parsed.success ? parsed.data : {};
}

/**
 * The public page of an item of any type. Dated addresses (posts) need the publication date;
 * an item not yet published is shown at the address it would have if published now.
 */
export function itemPath(type: ContentType, slug: string, publishedAt?: string | null): string {
  return definitions[type].address.itemPath(slug, publishedAt ?? new Date().toISOString());
}
