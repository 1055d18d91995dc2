import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { UpdateContentInput } from '../../../domain/content/content-service.ts';
import type { ContentType, LabelKind } from '../../../domain/content/content-item.ts';
import { contentTypeDefinition } from '../../../domain/content-types/content-type-registry.ts';
import { formListSchema, formText, readForm, textField } from './form-fields.ts';
import { readTypeForm } from './type-form-input.ts';
import type { ItemFormValues } from '../../../views/admin/pages/item-edit-page.tsx';

/**
 * The item form's common fields, named as the domain's content fields (so the API's body and
 * this form feed one schema, `UpdateContentInput`'s); the type's own are read by
 * `readTypeForm`. Only the shape is read here: what each must say is the domain's to judge.
 */
const itemFormShape = {
  title: formText(),
  slug: formText(z.string().trim()),
  excerpt: formText(),
  html: formText(),
  publishedAt: formText(z.string().trim()),
  labels: formListSchema,
  featuredMediaId: formText(z.string().trim()),
} satisfies Partial<Record<keyof UpdateContentInput, z.ZodType>>;

/** The fields of the item form as sent, to process or to show again. */
export function itemFormValues(body: unknown, type: ContentType): ItemFormValues {
  return {
    type,
    fields: readTypeForm(contentTypeDefinition(type).form, body),
    ...readForm(itemFormShape, body),
  };
}

const minutePrecision = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const secondPrecision = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/;

/**
 * A `datetime-local` value, read as UTC (the form says so), as an ISO timestamp; undefined
 * when empty. Anything else is passed on as it is, for the domain to refuse with a message.
 */
export function utcFromDatetimeLocal(value: string): string | undefined {
  if (!value) return undefined;
  if (minutePrecision.test(value)) return `${value}:00Z`;
  if (secondPrecision.test(value)) return `${value}Z`;
  return value;
}

/** An ISO timestamp as a `datetime-local` value in UTC. */
export function datetimeLocalFromUtc(timestamp: string | null): string {
  return timestamp ? timestamp.slice(0, 16) : '';
}

/** `country:nepal` → `{kind: 'country', slug: 'nepal'}`; the domain refuses unknown ones. */
export function labelRefsOf(values: string[]): { kind: LabelKind; slug: string }[] {
  return values.map((value) => {
    const [kind = '', slug = ''] = value.split(':', 2);
    return { kind: kind as LabelKind, slug };
  });
}

/**
 * The domain names a field inside a list by its path (`labels.0.slug`); the form has one
 * control (or group) per top-level name.
 */
export function topLevelFieldErrors(
  fields: Record<string, string> | undefined,
  typeFieldNames: readonly string[] = [],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    const name = path.split('.')[0] ?? path;
    // The type's fields have a control per path (`f.indicators.0.count`).
    if (typeFieldNames.includes(name)) errors[`f.${path}`] ??= message;
    else errors[name] ??= message;
  }
  return errors;
}

/** Messages shown after a redirect, chosen by key: the address never carries text to show. */
const notices = {
  created: 'The draft was saved.',
  saved: 'Saved.',
  submitted: 'Submitted for review. The editors of its countries have been told.',
  published: 'Published: readers can see it now.',
  scheduled: 'Scheduled: it will be published at its publish date.',
  'sent-back': 'Sent back to the author with your note.',
  unpublished: 'Unpublished: readers no longer see it.',
  restored: 'The revision was restored as the newest one.',
  'consent-withdrawn':
    'Consent is withdrawn: the story is off the site and cannot be published again.',
  uploaded: 'Uploaded.',
  'alt-saved': 'The alt text was saved.',
  'signed-out': 'You are signed out.',
  'password-set': 'Your password is saved. Sign in with it now.',
} as const;

export type NoticeKey = keyof typeof notices;

export function noticeOf(request: FastifyRequest): string | undefined {
  const key = textField(request.query, 'notice');
  return Object.hasOwn(notices, key) ? notices[key as NoticeKey] : undefined;
}

/** A path with a notice for the page it leads to. */
export function withNotice(path: string, key: NoticeKey): string {
  return `${path}${path.includes('?') ? '&' : '?'}notice=${key}`;
}
