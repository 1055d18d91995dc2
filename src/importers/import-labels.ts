import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { insertRows } from '../db/repositories/bulk-insert.ts';
import { selectLabels } from '../db/repositories/label-repository.ts';
import type { LabelKind, LabelsTable } from '../db/schema.ts';
import { slugify } from '../lib/slug.ts';
import { countryNamed, foldName } from '../domain/labels/country-codes.ts';
import type { ImportedLabel } from './import-bundle.ts';

export interface LabelOutcome {
  /** Label id by the folded name items use. */
  idByName: Map<string, string>;
  createdCountries: string[];
  createdThemes: string[];
}

const NAME_LIMIT = 200;
const SLUG_LIMIT = 120;

/**
 * Finds or creates the label for every name the imported items carry. A name matches an
 * existing label of either kind by name or by address, so importing "nepal" onto a site that
 * has Nepal adds nothing; a new name is a country label if it names a country, else a theme.
 */
export async function resolveImportedLabels(
  db: Db,
  names: Iterable<string>,
  declared: ImportedLabel[],
): Promise<LabelOutcome> {
  const existing = await selectLabels(db);
  const idByName = new Map<string, string>();
  const takenSlugs: Record<LabelKind, Set<string>> = { country: new Set(), theme: new Set() };
  const nextPosition: Record<LabelKind, number> = { country: 0, theme: 0 };
  for (const label of existing) {
    idByName.set(foldName(label.name), label.id);
    takenSlugs[label.kind].add(label.slug);
    nextPosition[label.kind] = Math.max(nextPosition[label.kind], label.position + 1);
  }
  for (const label of existing) {
    if (!idByName.has(foldName(label.slug.replace(/-/g, ' ')))) {
      idByName.set(foldName(label.slug.replace(/-/g, ' ')), label.id);
    }
  }
  const declaredByName = new Map(declared.map((label) => [foldName(label.name), label]));

  const created: LabelsTable[] = [];
  const outcome: LabelOutcome = { idByName, createdCountries: [], createdThemes: [] };
  for (const name of names) {
    const folded = foldName(name);
    if (idByName.has(folded)) continue;
    const source = declaredByName.get(folded);
    const country = countryNamed(name);
    const kind: LabelKind = country ? 'country' : 'theme';
    const displayName = (country ?? name.trim()).slice(0, NAME_LIMIT);
    const base =
      slugify(country ?? '', SLUG_LIMIT) ||
      slugify(source?.slug ?? '', SLUG_LIMIT) ||
      slugify(name, SLUG_LIMIT) ||
      'label';
    let slug = base;
    for (let suffix = 2; takenSlugs[kind].has(slug); suffix++) slug = `${base}-${suffix}`;
    takenSlugs[kind].add(slug);
    const row: LabelsTable = {
      id: randomUUID(),
      kind,
      slug,
      name: displayName,
      description: (source?.description ?? '').trim().slice(0, 1000),
      position: nextPosition[kind]++,
    };
    created.push(row);
    idByName.set(folded, row.id);
    (kind === 'country' ? outcome.createdCountries : outcome.createdThemes).push(displayName);
  }
  await insertRows(db, 'labels', created);
  return outcome;
}
