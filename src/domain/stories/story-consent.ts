import { inTransaction } from '../../db/connection.ts';
import { ConflictError, NotFoundError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { currentTimestamp } from '../../lib/time.ts';
import type { Actor } from '../auth/actor.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import { unpublishContentItem, updateContentItem } from '../content/content-service.ts';
import type { StoryFields } from '../content-types/story-fields.ts';
import { type SaveOutcome, getDeskItem } from '../editorial/editorial-service.ts';
import type { Newsroom } from '../editorial/newsroom.ts';
import { recordRevision } from '../editorial/revision-recorder.ts';

/**
 * The person behind a story takes back their consent: the story leaves the site at once and
 * can never be published again (the story type's publication rule). Anyone in the newsroom who
 * can see the story may record this, whatever its state: a withdrawal must never wait for the
 * right editor. One transaction: the fields, the status, a revision and the audit entry.
 */
export async function withdrawStoryConsent(
  newsroom: Newsroom,
  actor: Actor,
  id: string,
): Promise<SaveOutcome> {
  return inTransaction(newsroom.db, async (db) => {
    const { item } = await getDeskItem(db, actor, id);
    if (item.type !== 'story') throw new NotFoundError(problem('problem.noSuchStory'));
    const fields = JSON.parse(item.fields || '{}') as Partial<StoryFields>;
    if (fields.consentWithdrawnAt) {
      throw new ConflictError(problem('problem.consentWasWithdrawn'), {
        consent: problem('problem.consentAlreadyWithdrawn'),
      });
    }
    const withdrawn = await updateContentItem(db, item, {
      fields: { consentWithdrawnAt: currentTimestamp() },
    });
    const wasPublic = item.status === 'published' || item.status === 'scheduled';
    const saved = wasPublic ? await unpublishContentItem(db, withdrawn) : withdrawn;
    await recordRevision(db, actor, saved, 'Consent withdrawn');
    await recordAudit(db, actor, {
      action: 'story.withdraw-consent',
      subjectType: 'content',
      subjectId: id,
      summary: auditSummary(
        wasPublic ? 'audit.consentWithdrawnUnpublished' : 'audit.consentWithdrawn',
        { title: saved.title },
      ),
    });
    return { id: saved.id, slug: saved.slug, status: saved.status, version: saved.version };
  });
}
