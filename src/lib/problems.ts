import { catalogueOf, type MessageKey } from './i18n/catalogues.ts';
import { type MessageParams, type Translator, getTranslator } from './i18n/translator.ts';

/**
 * What is wrong, as a code and not as words: a key of the message catalogue and the values its
 * text needs (`{ key: 'problem.maxCharacters', params: { max: 200 } }`). The domain reports
 * every refusal this way, so each reader can get it in their language; errors keep the English
 * words beside it (see src/lib/errors.ts).
 */
export interface Problem {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/**
 * A problem, or English words that no catalogue has yet (what the edges outside the domain
 * still write, and zod's own messages): those become an untranslated problem.
 */
export type ProblemOrText = Problem | string;

/** A problem: `problem('problem.maxCharacters', { max: 200 })`. */
export function problem(key: MessageKey, params?: MessageParams): Problem {
  return params ? { key, params } : { key };
}

/** Whether a text is a key of the catalogue, as a schema's message is. */
export function isMessageKey(text: string): text is MessageKey {
  return Object.hasOwn(catalogueOf('en'), text);
}

/**
 * Words passed on as they are, in English, which every language shows unchanged: zod's own
 * messages, and what the edges outside the domain still write.
 */
export function untranslated(text: string): Problem {
  return { key: 'problem.untranslated', params: { text } };
}

/** Words given where a problem is expected, as an untranslated problem. */
export function toProblem(value: ProblemOrText): Problem {
  return typeof value === 'string' ? untranslated(value) : value;
}

/**
 * The words of a problem in a translator's language, English unless told. Numbers stay
 * digits as the domain always wrote them: they are limits, years, page numbers and counts
 * ("from 1990 on", "at most 3650 days"), which a thousands separator would misprint.
 */
export function problemText(
  reported: Problem,
  translator: Translator = getTranslator('en'),
): string {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(reported.params ?? {})) params[name] = String(value);
  return translator.t(reported.key, params);
}
