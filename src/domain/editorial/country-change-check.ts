import type { Db } from '../../db/connection.ts';
import { selectLabelIdsOfItem } from '../../db/repositories/editorial-repository.ts';
import { selectLabelsByIds } from '../../db/repositories/label-repository.ts';
import { ForbiddenError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import { type ItemFacts, countryChangeRefusal } from '../auth/permissions.ts';

/** "Cambodia", "Cambodia and Laos", "Cambodia, Laos and Viet Nam". */
function listOfNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Refuses an edit that gave an item countries the actor may not publish in, or took its last
 * country away (see `countryChangeRefusal`). Call inside the edit's transaction, after the
 * change is written: the item's labels are then final, whichever way they were reached (the
 * labels sent, a type field that implies a country, a restored revision), and the refusal
 * rolls the change back.
 *
 * @param before the item's facts as they were before the edit
 */
export async function checkCountryChange(
  db: Db,
  actor: Actor,
  itemId: string,
  before: ItemFacts,
): Promise<void> {
  const { countries } = await selectLabelIdsOfItem(db, itemId);
  const refusal = countryChangeRefusal(actor, before, countries);
  if (!refusal) return;
  const isScheduled = before.status === 'scheduled';
  if (refusal.reason === 'removes-every-country') {
    throw new ForbiddenError(
      problem(
        isScheduled ? 'problem.lastCountryOfScheduledItem' : 'problem.lastCountryOfPublishedItem',
      ),
      { labels: problem('problem.keepOneCountry') },
    );
  }
  const labels = await selectLabelsByIds(db, refusal.countryLabelIds);
  const names = listOfNames(labels.map((label) => label.name).sort());
  throw new ForbiddenError(
    problem(
      isScheduled
        ? 'problem.otherCountriesOfScheduledItem'
        : 'problem.otherCountriesOfPublishedItem',
      { count: labels.length, countries: names },
    ),
    { labels: problem('problem.cannotPublishIn', { countries: names }) },
  );
}
