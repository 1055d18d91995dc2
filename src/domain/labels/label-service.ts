import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import { insertLabel, selectLabel, selectLabels } from '../../db/repositories/label-repository.ts';
import type { LabelKind, LabelsTable } from '../../db/schema.ts';
import { ConflictError, NotFoundError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { slugPattern } from '../../lib/slug.ts';
import { labelPath } from './label-paths.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import { parseInput } from '../validation.ts';

export interface Label {
  id: string;
  kind: LabelKind;
  slug: string;
  name: string;
  description: string;
  /** Order within its kind in lists and menus. */
  position: number;
  path: string;
}

function toLabel(row: LabelsTable): Label {
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    name: row.name,
    description: row.description,
    position: row.position,
    path: labelPath(row.kind, row.slug),
  };
}

const createLabelSchema = z.object({
  kind: z.enum(['country', 'theme']),
  slug: z.string().regex(slugPattern, 'problem.slugWords').max(120),
  name: z.string().trim().min(1, 'problem.required').max(200),
  description: z.string().trim().max(1000).default(''),
  position: z.number().int().min(0).default(0),
});

export async function createLabel(
  db: Db,
  input: z.input<typeof createLabelSchema>,
): Promise<Label> {
  const fields = parseInput(createLabelSchema, input);
  if (await selectLabel(db, fields.kind, fields.slug)) {
    throw new ConflictError(
      problem(
        fields.kind === 'country' ? 'problem.countryAddressTaken' : 'problem.themeAddressTaken',
      ),
      { slug: problem('problem.alreadyInUse') },
    );
  }
  const row: LabelsTable = { id: randomUUID(), ...fields };
  await changePublicContent(db, (trx) => insertLabel(trx, row));
  return toLabel(row);
}

export async function listLabels(db: Db, kind?: LabelKind): Promise<Label[]> {
  return (await selectLabels(db, kind)).map(toLabel);
}

/** A label by kind and slug, or a not-found error for its page. */
export async function getLabel(db: Db, kind: LabelKind, slug: string): Promise<Label> {
  const row = await selectLabel(db, kind, slug);
  if (!row) {
    throw new NotFoundError(
      problem(kind === 'country' ? 'problem.noCountryHere' : 'problem.noThemeHere'),
    );
  }
  return toLabel(row);
}
