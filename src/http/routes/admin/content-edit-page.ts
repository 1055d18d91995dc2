import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../domain/auth/actor.ts';
import { toDetails } from '../../../domain/content/content-mapping.ts';
import {
  contentTypeDefinition,
  itemPath,
} from '../../../domain/content-types/content-type-registry.ts';
import { fieldsWithOrganizationSlugs } from '../../../domain/content/content-fields.ts';
import type { ContentType } from '../../../domain/content/content-item.ts';
import { emptyFields } from '../../../domain/content-types/content-type-registry.ts';
import { getDeskItem } from '../../../domain/editorial/editorial-service.ts';
import { listRevisions } from '../../../domain/editorial/revision-service.ts';
import { siteContentLanguage } from '../../../domain/content/content-service.ts';
import { translationStatusOf } from '../../../domain/content/translation-status.ts';
import { listLabels } from '../../../domain/labels/label-service.ts';
import { getMedia, listDocuments, listMedia } from '../../../domain/media/media-service.ts';
import {
  type OrganizationDirectory,
  getOrganizationDirectory,
} from '../../../domain/organizations/organization-directory.ts';
import { heldSignaturesOf } from '../../../domain/signatures/signature-service.ts';
import { NotFoundError } from '../../../lib/errors.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { type Problem, problemText } from '../../../lib/problems.ts';
import { slugify } from '../../../lib/slug.ts';
import type { WorkflowAction } from '../../../views/admin/components/item-workflow-actions.tsx';
import type { EditConflict } from '../../../views/admin/components/item-edit-refusals.tsx';
import {
  ItemEditPage,
  type ItemFormChoices,
  type ItemFormFailure,
  type ItemFormValues,
  type ItemSummary,
} from '../../../views/admin/pages/item-edit-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { datetimeLocalFromUtc, noticeOf } from './content-form-input.ts';

/** The admin's editor island, once `npm run build` has made it. */
export const EDITOR_SCRIPT = 'admin-editor.js';

/** The directory's organisations, by slug, as the directory writes them ("SEWA"). */
function acronymsBySlug(directory: OrganizationDirectory): Map<string, string> {
  const entries = [
    ...directory.byCountry.flatMap((group) => group.organizations),
    ...directory.international,
    ...directory.others,
  ];
  return new Map(entries.map((entry) => [entry.slug, entry.acronym]));
}

/**
 * The type's organisations fields with each name written as the directory writes it: the
 * form shows back "SEWA" whether "sewa" was typed or the stored id's slug came back. Names
 * the directory does not know stay as they are.
 */
function withDirectoryNames(
  type: ContentType,
  fields: Record<string, unknown>,
  acronyms: Map<string, string>,
): Record<string, unknown> {
  const shown = { ...fields };
  for (const field of contentTypeDefinition(type).organizationFields as readonly string[]) {
    const names = shown[field];
    if (!Array.isArray(names)) continue;
    shown[field] = names.map((name: unknown) =>
      typeof name === 'string' ? (acronyms.get(slugify(name)) ?? name) : name,
    );
  }
  return shown;
}

/** Checkbox values, images and the like the item form offers. */
async function loadChoices(
  context: AppContext,
  values: Pick<ItemFormValues, 'featuredMediaId' | 'socialImageId' | 'type'>,
): Promise<ItemFormChoices & { acronyms: Map<string, string> }> {
  const [labels, library, documents, directory] = await Promise.all([
    listLabels(context.db),
    listMedia(context.db, { page: 1 }),
    // Only a publication's form offers the library's documents.
    values.type === 'publication' ? listDocuments(context.db) : Promise.resolve([]),
    getOrganizationDirectory(context.db),
  ]);
  const acronyms = acronymsBySlug(directory);
  const images = library.items.filter((media) => media.kind === 'image');
  // The images chosen stay choosable even when they are older than the first page.
  for (const chosenId of new Set([values.featuredMediaId, values.socialImageId])) {
    if (!chosenId || images.some((media) => media.id === chosenId)) continue;
    try {
      images.push(await getMedia(context.db, chosenId));
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  const optionsOf = (kind: 'country' | 'theme') =>
    labels
      .filter((label) => label.kind === kind)
      .map((label) => ({ value: `${label.kind}:${label.slug}`, label: label.name }));
  return {
    countries: optionsOf('country'),
    themes: optionsOf('theme'),
    images: images.map((media) => ({
      value: media.id,
      label: media.alt ? `${media.originalName}: ${media.alt}` : media.originalName,
      thumbnailUrl: media.variants[0]?.url ?? media.url,
    })),
    documents: documents.map((media) => ({ value: media.id, label: media.originalName })),
    organizations: [...new Set(acronyms.values())].sort((a, b) =>
      a.localeCompare(b, 'en', { sensitivity: 'base' }),
    ),
    acronyms,
  };
}

/** An item as the edit page shows it, and its fields as stored. */
export async function loadItemForEditing(
  context: AppContext,
  actor: Actor,
  id: string,
): Promise<{ item: ItemSummary; values: ItemFormValues }> {
  const { item, allowed } = await getDeskItem(context.db, actor, id);
  const [[detail], revisions] = await Promise.all([
    toDetails(context.db, [{ ...item, author_name: null }]),
    listRevisions(context.db, actor, id),
  ]);
  return {
    item: {
      id: item.id,
      status: item.status,
      reviewNote: item.review_note,
      publishedAt: item.published_at,
      publicPath:
        item.status === 'published' && item.published_at
          ? itemPath(item.type, item.slug, item.published_at)
          : null,
      allowed,
      revisions,
      translations: await translationStatusOf(context.db, item, actor),
      heldSignatures: await heldSignaturesOf(context.db, actor, item),
    },
    values: {
      type: item.type,
      fields: await fieldsWithOrganizationSlugs(context.db, item.type, item.fields),
      title: item.title,
      slug: item.slug,
      excerpt: item.excerpt,
      html: item.body_html,
      publishedAt: datetimeLocalFromUtc(item.published_at, actor.timeZone),
      timeZone: actor.timeZone,
      labels: (detail?.labels ?? []).map((label) => `${label.kind}:${label.slug}`),
      featuredMediaId: item.featured_media_id ?? '',
      metaTitle: item.meta_title ?? '',
      metaDescription: item.meta_description ?? '',
      socialImageId: item.social_image_id ?? '',
      version: String(item.version),
      locale: item.locale,
      commentsMode: item.comments_mode ?? '',
    },
  };
}

/** A refusal as codes, worded in the admin's language when the page is drawn. */
export interface RefusalProblems {
  problem: Problem;
  /** By the form's names: top-level fields, `f.` paths for the type's own. */
  fieldProblems: Record<string, Problem>;
  /** The revision a refused restore tried to bring back, which the message names. */
  revision?: number;
}

/** A refusal in the words of the admin's language. */
function wordedRefusal(refusal: RefusalProblems, i18n: Translator): ItemFormFailure {
  const reason = problemText(refusal.problem, i18n);
  const errors = Object.entries(refusal.fieldProblems).map(
    ([name, fault]) => [name, problemText(fault, i18n)] as const,
  );
  return {
    message:
      refusal.revision === undefined
        ? reason
        : i18n.t('admin.edit.problem.restoreRefused', { number: refusal.revision, reason }),
    errors: Object.fromEntries(errors),
  };
}

export interface EditPageOptions {
  /** The type of a new item. */
  type?: ContentType;
  /** Values to show instead of the stored ones (a refused save). */
  values?: ItemFormValues;
  failure?: RefusalProblems;
  /** A refused workflow step, with the values of its own fields. */
  workflowFailure?: RefusalProblems & { action: WorkflowAction; values: Record<string, string> };
  /** A save refused because someone else saved first; the form then shows the stored item. */
  conflict?: EditConflict;
  statusCode?: number;
}

/** Renders the edit page of an item (or the new-item page when `id` is null). */
export async function sendItemEditPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  actor: Actor,
  id: string | null,
  options: EditPageOptions = {},
): Promise<FastifyReply> {
  const loaded = id ? await loadItemForEditing(context, actor, id) : null;
  const type = options.type ?? 'post';
  const values = options.values ??
    loaded?.values ?? {
      type,
      fields: emptyFields(type),
      title: '',
      slug: '',
      excerpt: '',
      html: '',
      publishedAt: '',
      timeZone: actor.timeZone,
      labels: [],
      featuredMediaId: '',
      metaTitle: '',
      metaDescription: '',
      socialImageId: '',
      version: '',
      locale: await siteContentLanguage(context.db),
    };
  const [chrome, { acronyms, ...choices }] = await Promise.all([
    loadAdminChrome(context, request, reply),
    loadChoices(context, values),
  ]);
  const page = ItemEditPage({
    chrome,
    item: loaded?.item ?? null,
    values: {
      ...values,
      fields: withDirectoryNames(values.type, values.fields, acronyms),
      // A form sent without the language (a script, an older page) changed none: show the stored.
      locale: values.locale ?? loaded?.values.locale ?? (await siteContentLanguage(context.db)),
    },
    choices,
    failure: options.failure && wordedRefusal(options.failure, chrome.i18n),
    workflowFailure: options.workflowFailure && {
      action: options.workflowFailure.action,
      values: options.workflowFailure.values,
      ...wordedRefusal(options.workflowFailure, chrome.i18n),
    },
    conflict: options.conflict,
    notice: noticeOf(request, chrome.i18n),
    editorScript: context.assets.optionalPathOf(EDITOR_SCRIPT),
    errorSummaryScript: context.assets.pathOf('admin-error-summary.js'),
    sharing: {
      siteHost: new URL(context.config.siteUrl).host,
      // Drawn for unpublished items too, behind the admin's session (preview-routes.ts).
      generatedCardUrl: loaded ? `/admin/items/${loaded.item.id}/card.png` : null,
    },
  });
  return sendAdminPage(reply, page, options.statusCode);
}
