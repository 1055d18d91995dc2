import type { UserRole } from '../../db/schema.ts';
import type { InterfaceLanguage } from '../../lib/i18n/languages.ts';

export type { UserRole };

/** Who is acting: the signed-in user or the owner of an API token. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** Label ids of the countries an editor answers for (empty for others). */
  countryLabelIds: readonly string[];
  /** The IANA zone the admin shows and reads their times in (see users/time-zones.ts). */
  timeZone: string;
  /** The language the admin speaks to them; null: the site's (see users/account-service.ts). */
  language: InterfaceLanguage | null;
}
