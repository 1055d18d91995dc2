import type { MessageKey } from '../../lib/i18n/catalogues.ts';
import { type MessageParams, type Translator, getTranslator } from '../../lib/i18n/translator.ts';
import { isMessageKey } from '../../lib/problems.ts';

/**
 * What an audit entry says was done, kept as a catalogue code and its values
 * (`{ key: 'audit.userInvited', params: { email, role } }`, locales/en/audit.json) rather than
 * as English words, so that each administrator reads the log in their own language.
 *
 * It is stored in the `summary` text column as JSON: a code needs no column of its own, and
 * the backup archive carries it as it carries any text. Entries written before the codes hold
 * English words, which are shown as they were written.
 */

export type AuditKey = Extract<MessageKey, `audit.${string}`>;

export interface AuditSummary {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** A summary: `auditSummary('audit.itemCreated', { title })`. */
export function auditSummary(key: AuditKey, params?: MessageParams): AuditSummary {
  return params ? { key, params } : { key };
}

/** The column's text for a summary. */
export function encodeAuditSummary(summary: AuditSummary): string {
  return JSON.stringify(summary);
}

function isParams(value: unknown): value is MessageParams {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((each) => typeof each === 'string' || typeof each === 'number')
  );
}

/** A stored summary: a code, or the words an older entry was written with. */
export function decodeAuditSummary(stored: string): AuditSummary {
  if (stored.startsWith('{"key":"audit.')) {
    try {
      const { key, params } = JSON.parse(stored) as { key?: unknown; params?: unknown };
      if (typeof key === 'string' && key.startsWith('audit.') && isMessageKey(key)) {
        if (params === undefined) return { key };
        if (isParams(params)) return { key, params };
      }
    } catch {
      // Not a code after all: the words below.
    }
  }
  return { key: 'audit.asWritten', params: { text: stored } };
}

/** A stored summary in words, English unless a translator is given (the CLI, tests). */
export function auditSummaryText(stored: string, i18n: Translator = getTranslator('en')): string {
  const { key, params } = decodeAuditSummary(stored);
  return i18n.t(key, params);
}
