import { SITE_TIME_ZONE } from '../time.ts';
import { type MessageKey, type Messages, messagesEn } from './messages-en.ts';

const catalogues: Record<string, Messages> = { en: messagesEn };

export type MessageParams = Record<string, string | number>;

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

/** A translator for a locale, falling back to English for unknown languages. */
export function getTranslator(locale: string): Translator {
  const cached = translators.get(locale);
  if (cached) return cached;
  const language = locale.split('-')[0] ?? 'en';
  const messages = catalogues[locale] ?? catalogues[language] ?? messagesEn;
  const plurals = new Intl.PluralRules(locale);
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
      const entry = messages[key];
      const template =
        typeof entry === 'string'
          ? entry
          : entry[plurals.select(Number(params.count)) === 'one' ? 'one' : 'other'];
      return template.replace(/\{(\w+)\}/g, (match, name: string) => {
        const value = params[name];
        if (value === undefined) return match;
        return typeof value === 'number' ? numbers.format(value) : value;
      });
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
