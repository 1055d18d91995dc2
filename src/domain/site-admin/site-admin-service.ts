import { z } from 'zod';
import { type Db, inTransaction } from '../../db/connection.ts';
import { selectLabels, updateLabel } from '../../db/repositories/label-repository.ts';
import { ForbiddenError, NotFoundError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import { canOnSite } from '../auth/permissions.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import { type Label, createLabel, listLabels } from '../labels/label-service.ts';
import { type SettingsInput, updateSiteSettings } from '../settings/settings-service.ts';
import { parseInput } from '../validation.ts';

/** Labels and site settings, as administrators change them: checked and audited. */

function requireAdministrator(actor: Actor, action: 'manage-labels' | 'manage-settings'): void {
  if (!canOnSite(actor, action)) throw new ForbiddenError(problem('problem.onlyAdministrators'));
}

export async function addLabel(
  db: Db,
  actor: Actor,
  input: Parameters<typeof createLabel>[1],
): Promise<Label> {
  requireAdministrator(actor, 'manage-labels');
  return inTransaction(db, async (trx) => {
    const label = await createLabel(trx, input);
    await recordAudit(trx, actor, {
      action: 'label.create',
      subjectType: 'label',
      subjectId: label.id,
      summary: auditSummary('audit.labelCreated', { kind: label.kind, name: label.name }),
    });
    return label;
  });
}

const labelChangesSchema = z.object({
  name: z.string().trim().min(1, 'problem.required').max(200, 'problem.maxCharacters'),
  description: z.string().trim().max(1000, 'problem.maxCharacters'),
  position: z.coerce.number().int('problem.wholeNumber').min(0).max(10_000),
});

/** Renames or re-describes a label; its address (kind and slug) stays, so links keep working. */
export async function changeLabel(
  db: Db,
  actor: Actor,
  id: string,
  input: z.input<typeof labelChangesSchema>,
): Promise<Label> {
  requireAdministrator(actor, 'manage-labels');
  const fields = parseInput(labelChangesSchema, input);
  const existing = (await selectLabels(db)).find((label) => label.id === id);
  if (!existing) throw new NotFoundError(problem('problem.noSuchLabel'));
  await changePublicContent(db, async (trx) => {
    await updateLabel(trx, id, fields);
    await recordAudit(trx, actor, {
      action: 'label.change',
      subjectType: 'label',
      subjectId: id,
      summary:
        existing.name === fields.name
          ? auditSummary('audit.labelChanged', { kind: existing.kind, name: existing.name })
          : auditSummary('audit.labelRenamed', {
              kind: existing.kind,
              name: existing.name,
              newName: fields.name,
            }),
    });
  });
  const label = (await listLabels(db)).find((candidate) => candidate.id === id);
  if (!label) throw new NotFoundError(problem('problem.noSuchLabel'));
  return label;
}

export async function changeSiteSettings(
  db: Db,
  actor: Actor,
  input: SettingsInput,
): Promise<void> {
  requireAdministrator(actor, 'manage-settings');
  await inTransaction(db, async (trx) => {
    await updateSiteSettings(trx, input);
    await recordAudit(trx, actor, {
      action: 'settings.change',
      subjectType: 'settings',
      summary: auditSummary('audit.settingsChanged', { fields: Object.keys(input).join(', ') }),
    });
  });
}
