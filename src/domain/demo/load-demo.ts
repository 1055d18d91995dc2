import { type Db, inTransaction } from '../../db/connection.ts';
import { createContentItem } from '../content/content-service.ts';
import { createLabel, listLabels } from '../labels/label-service.ts';
import { createOrganization, setSteeringMember } from '../organizations/organization-service.ts';
import { updateSiteSettings } from '../settings/settings-service.ts';
import { createUser } from '../users/user-service.ts';
import { demoAuthors } from './demo-authors.ts';
import { demoCountries, demoThemes } from './demo-labels.ts';
import { demoOrganizations, demoSteeringCommittee } from './demo-organizations.ts';
import { demoPosts } from './demo-posts.ts';
import { demoSettings } from './demo-settings.ts';

/** True when the site has no labels yet: the sign of a database that was never filled. */
export async function isSiteEmpty(db: Db): Promise<boolean> {
  return (await listLabels(db)).length === 0;
}

/**
 * Fills an empty site with the network's spring-2021 content, through the same domain
 * functions an editor's changes go through. Returns the number of posts created.
 */
export async function loadDemoContent(database: Db): Promise<number> {
  // All or nothing: an interrupted load leaves the site empty, so the next start tries again.
  return inTransaction(database, async (db) => {
    await updateSiteSettings(db, demoSettings);
    for (const [position, label] of [...demoCountries, ...demoThemes].entries()) {
      await createLabel(db, { ...label, position });
    }
    for (const organization of demoOrganizations) {
      await createOrganization(db, {
        ...organization,
        kind:
          organization.kind === 'donor' || organization.kind === 'network'
            ? organization.kind
            : 'ngo',
        relationship:
          organization.kind === 'member' || organization.kind === 'partner'
            ? organization.kind
            : 'other',
        publishedAt: '2021-01-01T00:00:00Z',
      });
    }
    for (const member of demoSteeringCommittee) await setSteeringMember(db, member);

    const authorIds = new Map<string, string>();
    for (const author of demoAuthors) {
      authorIds.set(author.key, await createUser(db, { ...author, role: 'contributor' }));
    }
    // Oldest first, so creation order follows publication order.
    for (const post of [...demoPosts].reverse()) {
      await createContentItem(db, {
        type: 'post',
        title: post.title,
        slug: post.slug,
        excerpt: post.excerpt,
        html: post.html,
        status: 'published',
        publishedAt: post.publishedAt,
        authorId: authorIds.get(post.author) ?? null,
        labels: [
          ...post.countries.map((slug) => ({ kind: 'country' as const, slug })),
          ...post.themes.map((slug) => ({ kind: 'theme' as const, slug })),
        ],
      });
    }
    return demoPosts.length;
  });
}
