import { IntlMessageFormat } from 'intl-messageformat';
import { SITE_TIME_ZONE } from '../time.ts';
import { catalogueOf, type MessageKey } from './catalogues.ts';
import { interfaceLanguageOf } from './languages.ts';
import { formatSelectorsAsNumbers, parseMessage } from './message-syntax.ts';

export type { MessageKey } from './catalogues.ts';

export type MessageParams = Record<string, string | number>;

/** A message compiled once, and which of its arguments are plain insertions. */
interface CompiledMessage {
  format: IntlMessageFormat;
  insertedOnly: Set<string>;
}

function compileMessage(text: string, locale: string): CompiledMessage {
  const parsed = parseMessage(text);
  const insertedOnly = new Set(
    [...parsed.plainArguments].filter((name) => !parsed.argumentUses.get(name)?.has('selector')),
  );
  const format = new IntlMessageFormat(formatSelectorsAsNumbers(parsed), locale, undefined, {
    ignoreTag: true,
  });
  return { format, insertedOnly };
}

/**
 * The one way views get text, dates and numbers for a page's locale. Dates use the site's
 * calendar (`SITE_TIME_ZONE`), so headers agree with URLs.
 */
export interface Translator {
  locale: string;
  t(key: MessageKey, params?: MessageParams): string;
  formatDate(timestamp: string, style?: 'long' | 'full' | 'month'): string;
  formatNumber(value: number): string;
  /** A sum of money in a currency (ISO 4217), whole units unless it has cents. */
  formatMoney(amount: number, currency: string): string;
  /** A share given as 0–100, as a whole percentage ("57%"). */
  formatPercent(share: number): string;
  /** A file's size for people: "850 kB", "1.2 MB". */
  formatFileSize(bytes: number): string;
}

const translators = new Map<string, Translator>();

/**
 * A translator for a locale: the words of its interface language (English where a catalogue
 * lacks one, and for languages the interface does not speak), numbers and dates in the
 * locale's own way, plural arms by its CLDR rules.
 */
export function getTranslator(locale: string): Translator {
  const cached = translators.get(locale);
  if (cached) return cached;
  const messages = catalogueOf(interfaceLanguageOf(locale));
  const english = catalogueOf('en');
  const compiled = new Map<string, CompiledMessage>();
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const dates = {
    long: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: SITE_TIME_ZONE }),
    full: new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: SITE_TIME_ZONE }),
    month: new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      timeZone: SITE_TIME_ZONE,
    }),
  };
  const translator: Translator = {
    locale,
    t(key, params = {}) {
      let message = compiled.get(key);
      if (!message) {
        const text = messages[key] ?? english[key];
        if (text === undefined) throw new Error(`No message "${key}" in the catalogues.`);
        message = compileMessage(text, locale);
        compiled.set(key, message);
      }
      // Numbers inserted as they are read in the locale ("१,२३४"); selectors stay numbers.
      const values: MessageParams = { ...params };
      for (const name of message.insertedOnly) {
        const value = values[name];
        if (typeof value === 'number') values[name] = numbers.format(value);
      }
      return String(message.format.format(values));
    },
    formatDate(timestamp, style = 'long') {
      return dates[style].format(new Date(timestamp));
    },
    formatNumber(value) {
      return numbers.format(value);
    },
    formatMoney(amount, currency) {
      const cents = Number.isInteger(amount) ? 0 : 2;
      const key = `${currency} ${cents}`;
      let format = moneyFormats.get(key);
      if (!format) {
        format = new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          minimumFractionDigits: cents,
          maximumFractionDigits: cents,
        });
        moneyFormats.set(key, format);
      }
      return format.format(amount);
    },
    formatPercent(share) {
      return percents.format(share / 100);
    },
    formatFileSize(bytes) {
      const [unit, size] =
        bytes >= 1_000_000
          ? (['megabyte', bytes / 1_000_000] as const)
          : (['kilobyte', Math.max(1, bytes / 1000)] as const);
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit,
        maximumFractionDigits: size < 10 ? 1 : 0,
      }).format(size);
    },
  };
  translators.set(locale, translator);
  return translator;
}
