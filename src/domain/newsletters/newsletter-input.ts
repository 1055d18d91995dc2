import { z } from 'zod';
import { INTERFACE_LANGUAGES } from '../../lib/i18n/languages.ts';
import { ForbiddenError, ValidationError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import type { Label } from '../labels/label-service.ts';
import type { RecipientSegments } from '../subscriptions/subscription-recipients.ts';
import { parseInput } from '../validation.ts';

/** What an editor writes: the subject, the body (or an item sent as one), its language, its audience. */

export const NEWSLETTER_LIMITS = { subject: 300, body: 200_000, segments: 100 } as const;

const idList = z.array(z.string().max(64)).max(NEWSLETTER_LIMITS.segments, 'problem.tooLong');

export const newsletterInputSchema = z
  .object({
    subject: z
      .string()
      .trim()
      .min(1, 'problem.required')
      .max(NEWSLETTER_LIMITS.subject, 'problem.maxCharacters'),
    body: z.string().max(NEWSLETTER_LIMITS.body, 'problem.maxCharacters'),
    /** A published item sent as the newsletter (its title, excerpt and picture); '' for none. */
    itemId: z.string().max(64).default(''),
    language: z.enum(INTERFACE_LANGUAGES, 'newsletters.problem.language'),
    countries: idList,
    themes: idList,
    languages: z.array(z.enum(INTERFACE_LANGUAGES, 'newsletters.problem.language')).max(20),
  })
  .refine((input) => Boolean(input.itemId) || input.body?.trim(), {
    path: ['body'],
    message: 'problem.required',
    // Said together with the other fields' problems, not only once they are right.
    when: () => true,
  });

/** As a form sends it: the schema judges the languages, so any text may arrive. */
export type NewsletterInput = Omit<
  z.input<typeof newsletterInputSchema>,
  'language' | 'languages'
> & {
  language: string;
  languages: string[];
};
export type ReadNewsletterInput = z.output<typeof newsletterInputSchema>;

export function readNewsletterInput(input: NewsletterInput): ReadNewsletterInput {
  return parseInput(newsletterInputSchema, input);
}

/** The segments as stored: each list without repeats, in a stable order. */
export function segmentsOf(input: ReadNewsletterInput): RecipientSegments {
  const unique = (values: readonly string[]) => [...new Set(values)].sort();
  return {
    countries: unique(input.countries),
    themes: unique(input.themes),
    languages: unique(input.languages),
  };
}

/** Refuses countries and themes that are not (or no longer) labels of their kind. */
export function checkSegmentLabels(segments: RecipientSegments, labels: readonly Label[]): void {
  const known = (kind: Label['kind']) =>
    new Set(labels.filter((label) => label.kind === kind).map((label) => label.id));
  const countries = known('country');
  const themes = known('theme');
  const fields: Record<string, ReturnType<typeof problem>> = {};
  if (segments.countries.some((id) => !countries.has(id))) {
    fields.countries = problem('newsletters.problem.unknownSegment');
  }
  if (segments.themes.some((id) => !themes.has(id))) {
    fields.themes = problem('newsletters.problem.unknownSegment');
  }
  if (Object.keys(fields).length > 0) {
    throw new ValidationError(problem('problem.fieldsNeedAttention'), fields);
  }
}

/** Administrators and editors write newsletters; contributors do not. */
export function canWriteNewsletters(actor: Actor): boolean {
  return actor.role === 'administrator' || actor.role === 'editor';
}

/**
 * Whether the actor may address these segments: administrators any; an editor only readers
 * of their own countries, so a newsletter to everyone (no country) or to another country is
 * theirs to ask an administrator for.
 */
export function mayAddress(actor: Actor, segments: RecipientSegments): boolean {
  if (actor.role === 'administrator') return true;
  if (actor.role !== 'editor') return false;
  return (
    segments.countries.length > 0 &&
    segments.countries.every((id) => actor.countryLabelIds.includes(id))
  );
}

/** Refuses, 403 and naming the countries field, segments the actor may not address. */
export function refuseForeignSegments(actor: Actor, segments: RecipientSegments): void {
  if (mayAddress(actor, segments)) return;
  throw new ForbiddenError(problem('newsletters.problem.notYourReaders'), {
    countries: problem('newsletters.problem.onlyYourCountries'),
  });
}

export function refuseNonWriters(actor: Actor): void {
  if (!canWriteNewsletters(actor)) throw new ForbiddenError();
}
