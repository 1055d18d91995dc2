import type { Db } from '../../db/connection.ts';
import {
  replaceSettingsFiles,
  selectSettingsFile,
  upsertSettings,
} from '../../db/repositories/settings-repository.ts';
import { ForbiddenError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import { canOnSite } from '../auth/permissions.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import { renderLogo } from './logo-image.ts';
import { type SiteLogo, getSiteSettings } from './settings-service.ts';

/**
 * The logo is kept in the settings table, as its drawings' bytes beside its description,
 * rather than in the media folder or the media library: it travels with the settings in an
 * export or a backup, every instance reads the same one, and no one can trash it from the
 * library while the header shows it. Its drawings are a few kilobytes, and the settings every
 * page reads leave the bytes out (settings-repository.ts).
 */

const LOGO_FILE_PREFIX = 'logo.';

function requireAdministrator(actor: Actor): void {
  if (!canOnSite(actor, 'manage-settings')) {
    throw new ForbiddenError(problem('problem.onlyAdministrators'));
  }
}

/**
 * Replaces the logo with an uploaded SVG or PNG, drawn for the header (logo-image.ts refuses
 * anything else, with the reason on the `logo` field). Pages are rendered anew with it.
 */
export async function changeSiteLogo(
  db: Db,
  actor: Actor,
  input: { bytes: Buffer; showsName: boolean },
): Promise<SiteLogo> {
  requireAdministrator(actor);
  const renditions = await renderLogo(input.bytes);
  const logo: SiteLogo = {
    renditions: renditions.map(({ name, width, height, density }) => ({
      name,
      width,
      height,
      density,
    })),
    showsName: input.showsName,
  };
  await changePublicContent(db, async (trx) => {
    await replaceSettingsFiles(trx, LOGO_FILE_PREFIX, renditions);
    await upsertSettings(trx, { logo: JSON.stringify(logo) });
    await recordAudit(trx, actor, {
      action: 'settings.logo',
      subjectType: 'settings',
      summary: auditSummary('audit.logoUploaded', {
        sizes: logo.renditions.map((r) => `${r.width}×${r.height}`).join(', '),
      }),
    });
  });
  return logo;
}

/** Says whether the logo spells the site's name, without uploading it again. */
export async function changeLogoShowsName(db: Db, actor: Actor, showsName: boolean): Promise<void> {
  requireAdministrator(actor);
  const { logo } = await getSiteSettings(db);
  if (!logo || logo.showsName === showsName) return;
  await changePublicContent(db, async (trx) => {
    await upsertSettings(trx, { logo: JSON.stringify({ ...logo, showsName }) });
    await recordAudit(trx, actor, {
      action: 'settings.logo',
      subjectType: 'settings',
      summary: auditSummary(showsName ? 'audit.logoStandsForName' : 'audit.nameBesideLogo'),
    });
  });
}

/** Takes the logo away: the header shows the site's name alone again. */
export async function removeSiteLogo(db: Db, actor: Actor): Promise<void> {
  requireAdministrator(actor);
  await changePublicContent(db, async (trx) => {
    await replaceSettingsFiles(trx, LOGO_FILE_PREFIX, []);
    await upsertSettings(trx, { logo: JSON.stringify(null) });
    await recordAudit(trx, actor, {
      action: 'settings.logo',
      subjectType: 'settings',
      summary: auditSummary('audit.logoRemoved'),
    });
  });
}

/** The bytes of one of the logo's drawings (`logo.<hash>.webp`), if it is stored. */
export function findLogoFile(db: Db, name: string): Promise<Buffer | undefined> {
  if (!/^logo\.[0-9a-f]{10}\.webp$/.test(name)) return Promise.resolve(undefined);
  return selectSettingsFile(db, name);
}
