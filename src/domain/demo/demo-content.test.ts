import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoAuthors } from './demo-authors.ts';
import { demoCountries, demoThemes } from './demo-labels.ts';
import { demoOrganizations, demoSteeringCommittee } from './demo-organizations.ts';
import { demoPosts } from './demo-posts.ts';
import { demoSettings } from './demo-settings.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const countrySlugs = new Set(demoCountries.map((label) => label.slug));
const themeSlugs = new Set(demoThemes.map((label) => label.slug));

function countBy<T>(items: T[], keysOf: (item: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const key of keysOf(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('demo labels', () => {
  it('has the six countries and the nine themes, with valid, unique slugs', () => {
    assert.deepEqual([...countrySlugs].sort(), [
      'bangladesh',
      'cambodia',
      'india',
      'indonesia',
      'nepal',
      'philippines',
    ]);
    assert.equal(themeSlugs.size, 9);
    for (const label of [...demoCountries, ...demoThemes]) {
      assert.match(label.slug, slugPattern);
      assert.ok(label.name.length > 0);
      assert.ok(label.description.length > 0, `${label.slug} has a description`);
    }
    for (const label of demoCountries) assert.equal(label.kind, 'country');
    for (const label of demoThemes) assert.equal(label.kind, 'theme');
  });
});

describe('demo posts', () => {
  it('has at least 30 posts with unique, well-formed slugs', () => {
    assert.ok(demoPosts.length >= 30, `only ${demoPosts.length} posts`);
    const slugs = demoPosts.map((post) => post.slug);
    assert.equal(new Set(slugs).size, slugs.length, 'slugs are unique');
    for (const slug of slugs) assert.match(slug, slugPattern);
  });

  it('dates every post between January and May 2021, newest first', () => {
    const first = Date.parse('2021-01-01T00:00:00Z');
    const last = Date.parse('2021-05-31T23:59:59Z');
    let previous = Number.POSITIVE_INFINITY;
    for (const post of demoPosts) {
      const time = Date.parse(post.publishedAt);
      assert.ok(!Number.isNaN(time), `${post.slug} has a parseable date`);
      assert.match(post.publishedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      assert.ok(time >= first && time <= last, `${post.slug} is dated in range`);
      assert.ok(time <= previous, `${post.slug} is in newest-first order`);
      previous = time;
    }
  });

  it('shares at least five dates between two or more posts', () => {
    const perDate = countBy(demoPosts, (post) => [post.publishedAt.slice(0, 10)]);
    const shared = [...perDate.values()].filter((count) => count >= 2);
    assert.ok(shared.length >= 5, `only ${shared.length} shared dates`);
  });

  it('refers only to existing labels and authors', () => {
    const authorKeys = new Set(demoAuthors.map((author) => author.key));
    for (const post of demoPosts) {
      assert.ok(post.themes.length > 0, `${post.slug} has a theme`);
      for (const slug of post.countries) assert.ok(countrySlugs.has(slug), `${post.slug}: ${slug}`);
      for (const slug of post.themes) assert.ok(themeSlugs.has(slug), `${post.slug}: ${slug}`);
      assert.ok(authorKeys.has(post.author), `${post.slug}: author ${post.author}`);
    }
  });

  it('covers every country in at least four posts and every theme in at least two', () => {
    const perCountry = countBy(demoPosts, (post) => post.countries);
    const perTheme = countBy(demoPosts, (post) => post.themes);
    for (const slug of countrySlugs) {
      assert.ok((perCountry.get(slug) ?? 0) >= 4, `${slug} has ${perCountry.get(slug) ?? 0} posts`);
    }
    for (const slug of themeSlugs) {
      assert.ok((perTheme.get(slug) ?? 0) >= 2, `${slug} has ${perTheme.get(slug) ?? 0} posts`);
    }
  });

  it('keeps bodies free of h1, scripts, inline styles and classes', () => {
    for (const post of demoPosts) {
      for (const forbidden of ['<h1', '<script', 'style=', 'class=']) {
        assert.ok(!post.html.toLowerCase().includes(forbidden), `${post.slug} has ${forbidden}`);
      }
    }
  });

  it('keeps excerpts short and plain, and titles within 100 characters', () => {
    for (const post of demoPosts) {
      assert.ok(post.excerpt.length <= 200, `${post.slug} excerpt is ${post.excerpt.length}`);
      assert.doesNotMatch(post.excerpt, /[<>]/, `${post.slug} excerpt is plain text`);
      assert.ok(post.title.length <= 100, `${post.slug} title is ${post.title.length}`);
    }
  });
});

describe('demo authors', () => {
  it('has unique keys and example.org addresses', () => {
    const keys = demoAuthors.map((author) => author.key);
    assert.equal(new Set(keys).size, keys.length);
    for (const author of demoAuthors) assert.match(author.email, /^[a-z0-9.]+@example\.org$/);
  });
});

describe('demo organisations and steering committee', () => {
  it('has unique acronyms and known countries', () => {
    const acronyms = demoOrganizations.map((organization) => organization.acronym);
    assert.equal(new Set(acronyms).size, acronyms.length, 'acronyms are unique');
    for (const organization of demoOrganizations) {
      if (organization.country !== null) assert.ok(countrySlugs.has(organization.country));
    }
  });

  it('has exactly one member per country, each from a known organisation', () => {
    const acronyms = new Set(demoOrganizations.map((organization) => organization.acronym));
    for (const member of demoSteeringCommittee) {
      assert.ok(acronyms.has(member.organization), `${member.name}: ${member.organization}`);
      assert.ok(countrySlugs.has(member.country), `${member.name}: ${member.country}`);
    }
    const perCountry = countBy(demoSteeringCommittee, (member) => [member.country]);
    for (const slug of countrySlugs) assert.equal(perCountry.get(slug), 1, slug);
    assert.equal(demoSteeringCommittee.length, countrySlugs.size);
  });
});

describe('demo settings', () => {
  it('has a title, a short about summary and an about page without h1', () => {
    assert.ok(demoSettings.title.length > 0 && demoSettings.title.length <= 120);
    assert.ok(demoSettings.aboutSummary.length > 0 && demoSettings.aboutSummary.length <= 1000);
    assert.ok(!demoSettings.aboutHtml.includes('<h1'));
  });
});
