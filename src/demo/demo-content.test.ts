import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoAuthors } from './demo-authors.ts';
import { demoCountries, demoThemes } from './demo-labels.ts';
import { demoOrganizations, demoSteeringCommittee } from './demo-organizations.ts';
import { slugify } from '../lib/slug.ts';
import { contentTypeDefinition } from '../domain/content-types/content-type-registry.ts';
import { organizationFieldsSchema } from '../domain/content-types/organization-fields.ts';
import { demoEvents } from './demo-events.ts';
import { demoPosts } from './demo-posts.ts';
import { demoPublications } from './demo-publications.ts';
import { demoReports } from './demo-reports.ts';
import { demoSettings } from './demo-settings.ts';
import { demoStatements } from './demo-statements.ts';
import { demoStories } from './demo-stories.ts';
import { demoStreamItems } from './demo-stream.ts';
import type { DemoItem, DemoPost } from './demo-types.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const countrySlugs = new Set(demoCountries.map((label) => label.slug));
const themeSlugs = new Set(demoThemes.map((label) => label.slug));
const organizationSlugs = new Set(demoOrganizations.map((item) => slugify(item.acronym)));
const SOME_ID = '00000000-0000-4000-8000-000000000000';

function typeOf(item: DemoPost | DemoItem): string {
  return 'type' in item ? item.type : 'post';
}

/** Every organisation an item names, in any of its type's organisation fields. */
function organizationRefsOf(item: DemoPost | DemoItem): string[] {
  if (!('type' in item)) return item.organizations ?? [];
  const fields = item.fields as Record<string, unknown>;
  return contentTypeDefinition(item.type).organizationFields.flatMap(
    (field) => (fields[field] as string[] | undefined) ?? [],
  );
}

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

describe('demo stream', () => {
  it('has at least 40 items, 15 of them posts, with unique, well-formed slugs per type', () => {
    assert.ok(demoStreamItems.length >= 40, `only ${demoStreamItems.length} items`);
    assert.ok(demoPosts.length >= 15, `only ${demoPosts.length} posts`);
    const keys = demoStreamItems.map((item) => `${typeOf(item)}/${item.slug}`);
    assert.equal(new Set(keys).size, keys.length, 'slugs are unique within each type');
    for (const item of demoStreamItems) assert.match(item.slug, slugPattern);
  });

  it('dates every item between January and May 2021, newest first', () => {
    const first = Date.parse('2021-01-01T00:00:00Z');
    const last = Date.parse('2021-05-31T23:59:59Z');
    let previous = Number.POSITIVE_INFINITY;
    for (const item of demoStreamItems) {
      const time = Date.parse(item.publishedAt);
      assert.ok(!Number.isNaN(time), `${item.slug} has a parseable date`);
      assert.match(item.publishedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      assert.ok(time >= first && time <= last, `${item.slug} is dated in range`);
      assert.ok(time <= previous, `${item.slug} is in newest-first order`);
      previous = time;
    }
  });

  it('shares at least five dates between two or more items', () => {
    const perDate = countBy(demoStreamItems, (item) => [item.publishedAt.slice(0, 10)]);
    const shared = [...perDate.values()].filter((count) => count >= 2);
    assert.ok(shared.length >= 5, `only ${shared.length} shared dates`);
  });

  it('refers only to existing labels, authors and organisations', () => {
    const authorKeys = new Set(demoAuthors.map((author) => author.key));
    for (const item of demoStreamItems) {
      assert.ok(item.themes.length > 0, `${item.slug} has a theme`);
      for (const slug of item.countries) assert.ok(countrySlugs.has(slug), `${item.slug}: ${slug}`);
      for (const slug of item.themes) assert.ok(themeSlugs.has(slug), `${item.slug}: ${slug}`);
      assert.ok(authorKeys.has(item.author), `${item.slug}: author ${item.author}`);
      for (const ref of organizationRefsOf(item)) {
        assert.ok(organizationSlugs.has(slugify(ref)), `${item.slug}: organisation ${ref}`);
      }
    }
  });

  it('gives every item of a structured type fields its type accepts', () => {
    for (const item of demoStreamItems) {
      if (!('type' in item)) continue;
      const fields =
        item.type === 'publication'
          ? {
              ...item.fields,
              files: item.files.map((file) => ({ language: file.language, mediaId: SOME_ID })),
            }
          : item.fields;
      const parsed = contentTypeDefinition(item.type).schema.safeParse(fields);
      assert.ok(parsed.success, `${item.slug}: ${parsed.error?.message ?? ''}`);
    }
  });

  it('covers every country in at least four items and every theme in at least two', () => {
    const perCountry = countBy(demoStreamItems, (item) => item.countries);
    const perTheme = countBy(demoStreamItems, (item) => item.themes);
    for (const slug of countrySlugs) {
      assert.ok((perCountry.get(slug) ?? 0) >= 4, `${slug} has ${perCountry.get(slug) ?? 0} items`);
    }
    for (const slug of themeSlugs) {
      assert.ok((perTheme.get(slug) ?? 0) >= 2, `${slug} has ${perTheme.get(slug) ?? 0} items`);
    }
  });

  it('links only to items and listings the demo has', () => {
    const segments: Record<string, string> = {
      events: 'event',
      publications: 'publication',
      stories: 'story',
      statements: 'statement',
    };
    const known = new Set(demoStreamItems.map((item) => `${typeOf(item)}/${item.slug}`));
    for (const item of demoStreamItems) {
      for (const [, href = ''] of item.html.matchAll(/href="(\/[^"]*)"/g)) {
        const [, segment = '', slug] = href.split('/');
        if (slug === undefined) {
          assert.ok(
            ['impact', ...Object.keys(segments)].includes(segment),
            `${item.slug}: ${href}`,
          );
          continue;
        }
        assert.ok(known.has(`${segments[segment] ?? segment}/${slug}`), `${item.slug}: ${href}`);
      }
    }
  });

  it('keeps bodies free of h1, scripts, inline styles and classes', () => {
    for (const item of demoStreamItems) {
      for (const forbidden of ['<h1', '<script', 'style=', 'class=']) {
        assert.ok(!item.html.toLowerCase().includes(forbidden), `${item.slug} has ${forbidden}`);
      }
    }
  });

  it('keeps excerpts short and plain, and titles within 100 characters', () => {
    for (const item of demoStreamItems) {
      assert.ok(item.excerpt.length <= 200, `${item.slug} excerpt is ${item.excerpt.length}`);
      assert.doesNotMatch(item.excerpt, /[<>]/, `${item.slug} excerpt is plain text`);
      assert.ok(item.title.length <= 100, `${item.slug} title is ${item.title.length}`);
    }
  });

  it('has no post left standing in for a report, story, statement, event or publication', () => {
    for (const post of demoPosts) {
      assert.doesNotMatch(
        post.title,
        /in numbers|^Call to action|^Press release|^New publication|^(Event|Webinar)\b|^[A-Z]\w+, \d+:/,
        post.slug,
      );
    }
  });
});

describe('demo structured content', () => {
  it('has the three country reports of 2020 with their budgets, donors and indicator lines', () => {
    const bySlug = new Map(demoReports.map((report) => [report.slug, report.fields]));
    const expected = {
      'nepal-2020': { budget: 87_813, reached: 400_000, lines: 6, donors: ['DGD', 'EU INTPA'] },
      'india-2020': { budget: 328_230, reached: 1_170_000, lines: 6, donors: ['DGD', 'BRI'] },
      'bangladesh-2020': { budget: 100_000, reached: 570_000, lines: 10, donors: ['DGD'] },
    };
    for (const [slug, facts] of Object.entries(expected)) {
      const fields = bySlug.get(slug);
      assert.ok(fields, slug);
      assert.equal(`${fields.country}-${fields.year}`, slug);
      assert.deepEqual([fields.periodStart, fields.periodEnd], [2017, 2021], slug);
      assert.deepEqual(fields.budget, { amount: facts.budget, currency: 'EUR' }, slug);
      assert.equal(fields.peopleReached, facts.reached, slug);
      assert.equal(fields.indicators?.length, facts.lines, slug);
      for (const donor of facts.donors) assert.ok(fields.donors?.includes(donor), slug);
      assert.ok((fields.partners?.length ?? 0) >= 4, slug);
    }
    const nepal = bySlug.get('nepal-2020')?.indicators ?? [];
    assert.deepEqual(
      nepal.map((line) => [line.count, line.womenShare, line.youthShare]),
      [
        [200_000, 16, 8],
        [1_236, 32, 55],
        [1_200, 25, 12],
        [270, 15, 9],
        [200_000, 70, 4],
        [55, 82, 78],
      ],
    );
  });

  it('has an event across time zones with a moderator and speakers, and one in Kathmandu', () => {
    const bySlug = new Map(demoEvents.map((event) => [event.slug, event.fields]));
    const webinar = bySlug.get('social-protection-floor-webinar');
    assert.equal(webinar?.timeZone, 'America/New_York');
    assert.equal(webinar.startsAt, '2021-02-12T08:30');
    assert.equal(webinar.endsAt, '2021-02-12T09:45');
    assert.ok(webinar.moderator?.name);
    const speakers = (webinar.programme ?? []).flatMap((section) => section.speakers ?? []);
    assert.ok(speakers.filter((speaker) => speaker.organization).length >= 8);
    assert.equal(bySlug.get('may-day-online-rally')?.timeZone, 'Asia/Kathmandu');
  });

  it('has a publication in French, Dutch, English and Spanish', () => {
    const guide = demoPublications.find((item) => item.slug === 'gender-equality-pocket-guide');
    assert.deepEqual(
      guide?.files.map((file) => file.language),
      ['fr', 'nl', 'en', 'es'],
    );
  });

  it('records consent for every story, and withholds one name', () => {
    const slugs = demoStories.map((story) => story.slug);
    for (const slug of ['gopal-old-age-allowance', 'khadija-garment-union']) {
      assert.ok(slugs.includes(slug), slug);
    }
    for (const story of demoStories) assert.ok(story.fields.consent, story.slug);
    assert.ok(demoStories.some((story) => story.fields.personName === null));
  });

  it('has a press release with demands and signatories, and a call to action now closed', () => {
    const bySlug = new Map(demoStatements.map((statement) => [statement.slug, statement.fields]));
    const mayDay = bySlug.get('may-day-garment-workers-demands');
    assert.equal(mayDay?.kind, 'press-release');
    assert.ok((mayDay.demands?.length ?? 0) >= 3 && (mayDay.signatories?.length ?? 0) >= 2);
    const letter = bySlug.get('vaccines-for-all-open-letter');
    assert.equal(letter?.kind, 'call-to-action');
    assert.equal(letter.deadline, '2021-05-31');
    assert.ok(letter.signUrl);
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
  it('has unique acronyms and addresses, known countries and valid fields', () => {
    const acronyms = demoOrganizations.map((organization) => organization.acronym);
    assert.equal(new Set(acronyms).size, acronyms.length, 'acronyms are unique');
    assert.equal(organizationSlugs.size, acronyms.length, 'slugs are unique');
    for (const organization of demoOrganizations) {
      if (organization.country !== null) assert.ok(countrySlugs.has(organization.country));
      const { acronym, kind, relationship, website } = organization;
      const parsed = organizationFieldsSchema.safeParse({ acronym, kind, relationship, website });
      assert.ok(parsed.success, `${acronym}: ${parsed.error?.message ?? ''}`);
    }
  });

  it('has every organisation the report figures name, of every kind', () => {
    const acronyms = new Set(demoOrganizations.map((organization) => organization.acronym));
    for (const acronym of [
      ...['NGWF', 'GK', 'OHS Initiative', 'BSPAN', 'GEFONT', 'NTUC', 'ITUC-NAC', 'SPCSN'],
      ...['CWM-India', 'AREDS', 'NDWM', 'NDWF', 'CFTUI', 'SEWA', 'KSBSI'],
      ...['DGD', 'EU INTPA', 'BRI', 'Familiehulp', 'ACV Food and Services', 'ILO', 'UNICEF'],
    ]) {
      assert.ok(acronyms.has(acronym), acronym);
    }
    const kinds = new Set(demoOrganizations.map((organization) => organization.kind));
    assert.deepEqual([...kinds].sort(), ['donor', 'network', 'ngo', 'trade-union', 'un-agency']);
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
