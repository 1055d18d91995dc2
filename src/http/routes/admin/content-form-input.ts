import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { UpdateContentInput } from '../../../domain/content/content-service.ts';
import type { EditInput, VersionedEdit } from '../../../domain/editorial/editorial-service.ts';
import type { ContentType, LabelKind } from '../../../domain/content/content-item.ts';
import { contentTypeDefinition } from '../../../domain/content-types/content-type-registry.ts';
import { formListSchema, formText, readForm, textField } from './form-fields.ts';
import { readTypeForm } from './type-form-input.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { instantOfWallClock, wallClockInZone } from '../../../lib/zoned-time.ts';
import type { ItemFormValues } from '../../../views/admin/pages/item-edit-page.tsx';
import { chosenLanguage } from '../../../views/admin/components/item-language-field.tsx';

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
  metaTitle: formText(),
  metaDescription: formText(),
  socialImageId: formText(z.string().trim()),
} satisfies Partial<Record<keyof UpdateContentInput, z.ZodType>>;

/**
 * The fields of the item form as sent, to process or to show again; its dates are on the
 * wall clock of `timeZone`, the editor's.
 */
export function itemFormValues(
  body: unknown,
  { type, timeZone }: { type: ContentType; timeZone: string },
): ItemFormValues {
  return {
    type,
    timeZone,
    fields: readTypeForm(contentTypeDefinition(type).form, body),
    ...readForm(itemFormShape, body),
    version: textField(body, 'version'),
    locale: formLanguage(body),
    commentsMode: formCommentsMode(body),
  };
}

/** The comments select: '' follows the site; undefined when the form had none (no change). */
function formCommentsMode(body: unknown): string | undefined {
  const sent = (body as Record<string, unknown> | undefined)?.commentsMode;
  return typeof sent === 'string' ? sent : undefined;
}

/**
 * The language field (item-language-field.tsx): the list's choice or the tag typed under
 * "Other…"; undefined when the form has no list (an older page, a script), to change nothing.
 */
function formLanguage(body: unknown): string | undefined {
  if (typeof (body as Record<string, unknown> | undefined)?.locale !== 'string') return undefined;
  return chosenLanguage(textField(body, 'locale'), textField(body, 'localeOther'));
}

/** The form as the domain's input: empty optional fields mean "not given". */
export function contentInputOf(values: ItemFormValues) {
  return {
    fields: values.fields,
    title: values.title,
    html: values.html,
    labels: labelRefsOf(values.labels),
    featuredMediaId: values.featuredMediaId || null,
    metaTitle: values.metaTitle,
    metaDescription: values.metaDescription,
    socialImageId: values.socialImageId || null,
    ...(values.slug ? { slug: values.slug } : {}),
    ...(values.locale !== undefined ? { locale: values.locale } : {}),
    // The domain refuses anything but open, closed or null, with a message for the field.
    ...(values.commentsMode !== undefined
      ? { commentsMode: (values.commentsMode || null) as 'open' | 'closed' | null }
      : {}),
    ...(values.publishedAt
      ? { publishedAt: utcFromDatetimeLocal(values.publishedAt, values.timeZone) }
      : {}),
  };
}

/** The version a form was made from: a whole number, or undefined (then no check). */
function versionOf(text: string): number | undefined {
  return /^[1-9]\d{0,9}$/.test(text) ? Number(text) : undefined;
}

/** An existing item's form as the edit it asks for, with the version it was based on. */
export function versionedEditOf(
  values: ItemFormValues,
  stored: { excerpt: string },
): VersionedEdit {
  const input: EditInput = {
    ...contentInputOf(values),
    // An excerpt left as it was is no change: one made from the body keeps following it.
    ...(values.excerpt && values.excerpt !== stored.excerpt ? { excerpt: values.excerpt } : {}),
  };
  return { input, basedOnVersion: versionOf(values.version) };
}

/**
 * Whether a post carries the item form's content (a workflow button of the edit form), or
 * only a step's own fields (a script, or a page from before the buttons joined the form).
 * The title is in every item form, and only sent while the form may be edited.
 */
export function hasItemContent(body: unknown): boolean {
  return typeof (body as Record<string, unknown> | undefined)?.title === 'string';
}

/**
 * A `datetime-local` value, read on the wall clock of `timeZone` (the editor's), as a UTC ISO
 * timestamp; undefined when empty. Anything else is passed on as it is, for the domain to
 * refuse with a message.
 */
export function utcFromDatetimeLocal(value: string, timeZone: string): string | undefined {
  if (!value) return undefined;
  return instantOfWallClock(value, timeZone) ?? value;
}

/** An ISO timestamp as a `datetime-local` value on the wall clock of `timeZone`. */
export function datetimeLocalFromUtc(timestamp: string | null, timeZone: string): string {
  return timestamp ? wallClockInZone(timestamp, timeZone) : '';
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
export function topLevelFieldErrors<Fault>(
  fields: Readonly<Record<string, Fault>> | undefined,
  typeFieldNames: readonly string[] = [],
): Record<string, Fault> {
  const errors: Record<string, Fault> = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    const name = path.split('.')[0] ?? path;
    // The type's fields have a control per path (`f.indicators.0.count`).
    if (typeFieldNames.includes(name)) errors[`f.${path}`] ??= message;
    else errors[name] ??= message;
  }
  return errors;
}

/**
 * Messages shown after a redirect, chosen by key (`admin.notice.<key>` in the catalogue): the
 * address never carries text to show.
 */
const NOTICES = [
  'created',
  'saved',
  'submitted',
  'published',
  'scheduled',
  'sent-back',
  'unpublished',
  'restored',
  'consent-withdrawn',
  'uploaded',
  'alt-saved',
] as const;

export type NoticeKey = (typeof NOTICES)[number];

function isNoticeKey(key: string): key is NoticeKey {
  return (NOTICES as readonly string[]).includes(key);
}

/** The notice a redirect left for this page (`?notice=saved`), in the admin's language. */
export function noticeOf(request: FastifyRequest, i18n: Translator): string | undefined {
  const key = textField(request.query, 'notice');
  return isNoticeKey(key) ? i18n.t(`admin.notice.${key}`) : undefined;
}

/** A path with a notice for the page it leads to. */
export function withNotice(path: string, key: NoticeKey): string {
  return `${path}${path.includes('?') ? '&' : '?'}notice=${key}`;
}
