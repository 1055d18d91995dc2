import type { Db } from '../../db/connection.ts';
import type { UsersTable } from '../../db/schema.ts';
import { interfaceLanguageOf } from '../../lib/i18n/languages.ts';
import { type Translator, getTranslator } from '../../lib/i18n/translator.ts';
import { getSiteSettings } from '../settings/settings-service.ts';
import { chosenLanguage } from '../users/account-service.ts';

/** Says which translator writes to a recipient: their language, else the site's. */
export type MailTranslators = (recipient?: Pick<UsersTable, 'language'>) => Translator;

/**
 * The language each email is written in: the one its recipient chose for the admin (their
 * account page), else the site's (read once here, for all the recipients of one event).
 */
export async function mailTranslators(db: Db): Promise<MailTranslators> {
  const { locale } = await getSiteSettings(db);
  return (recipient) => getTranslator((recipient && chosenLanguage(recipient.language)) ?? locale);
}

/**
 * An instant on the recipient's clock, in their language, the zone named the same way:
 * "1 February 2099 at 08:30 (Nepal Time)". English is written day first with a 24-hour
 * clock (en-GB), as the admin writes it, whatever English the site names.
 */
export function mailDateTime(i18n: Translator, instant: string, zone: string): string {
  const locale = interfaceLanguageOf(i18n.locale) === 'en' ? 'en-GB' : i18n.locale;
  const moment = new Date(instant);
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(moment);
  const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(moment)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name ? i18n.t('mail.dateInZone', { date, zone: name }) : date;
}
