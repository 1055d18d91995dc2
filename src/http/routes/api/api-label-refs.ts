import { z } from 'zod';
import type { Db } from '../../../db/connection.ts';
import type { LabelKind } from '../../../domain/content/content-item.ts';
import { listLabels } from '../../../domain/labels/label-service.ts';
import { ValidationError } from '../../../lib/errors.ts';

/**
 * Labels in the API are named by slug (`"nepal"`), by kind and slug when a slug is both a
 * country and a theme (`"country:nepal"`), or as the objects item responses carry
 * (`{"kind": "country", "slug": "nepal"}`), so what a client reads it can send back.
 */
export const labelRefSchema = z.strictObject({
  kind: z.enum(['country', 'theme']),
  slug: z.string().min(1).max(160),
});

export const labelInputSchema = z
  .union(
    [
      z
        .string()
        .min(1)
        .max(160)
        .meta({ examples: ['nepal', 'theme:youth'] }),
      labelRefSchema,
    ],
    { error: 'must be a label slug, "country:slug", "theme:slug" or {kind, slug}' },
  )
  .meta({
    description:
      'A label by slug (`nepal`), by kind and slug when a slug is both a country and a theme (`country:nepal`), or as a LabelRef',
  });

export const labelListSchema = z.array(labelInputSchema).max(50, 'must be 50 labels or fewer');

export type LabelInput = z.output<typeof labelInputSchema>;

export interface LabelRef {
  kind: LabelKind;
  slug: string;
}

const kindPrefix = /^(country|theme):(.+)$/;

function refuse(message: string): never {
  throw new ValidationError('Some fields need attention.', { labels: message });
}

/** The label a client named together with its kind, if they did. */
function explicitRef(input: LabelInput): LabelRef | undefined {
  if (typeof input !== 'string') return input;
  const match = kindPrefix.exec(input);
  return match ? { kind: match[1] as LabelKind, slug: match[2] ?? '' } : undefined;
}

/** The domain's `{kind, slug}` for each label a client named; unknown or ambiguous ones are refused. */
export async function resolveLabelInputs(db: Db, inputs: LabelInput[]): Promise<LabelRef[]> {
  if (inputs.length === 0) return [];
  const labels = await listLabels(db);
  const exists = (ref: LabelRef) =>
    labels.some((label) => label.kind === ref.kind && label.slug === ref.slug);
  return inputs.map((input) => {
    const explicit = explicitRef(input);
    if (explicit) {
      if (!exists(explicit)) refuse(`there is no ${explicit.kind} "${explicit.slug}"`);
      return explicit;
    }
    const slug = input as string;
    const matches = (['country', 'theme'] as const).map((kind) => ({ kind, slug })).filter(exists);
    const [only] = matches;
    if (!only) refuse(`there is no country or theme "${slug}"`);
    if (matches.length > 1) {
      refuse(`"${slug}" is both a country and a theme: write "country:${slug}" or "theme:${slug}"`);
    }
    return only;
  });
}
