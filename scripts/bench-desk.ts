/**
 * `npm run bench:desk`: the desk's finding (`searchDesk`: the page of rows and the count) at
 * 10,000 items. The desk matches words with LIKE over the title, excerpt and body of every
 * item the actor may see, drafts included (the public search index holds only public items),
 * so this is the figure that says whether that is still fast enough. Items are inserted in
 * bulk with bodies of about 600 words, in every status and type, over six countries; each
 * query runs after a warm-up and the p50/p95/max of 20 runs is printed.
 * SQLite in a scratch file by default; DATABASE_URL=postgres://… runs it on PostgreSQL.
 * BENCH_ITEMS changes the count.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { migrateToLatest } from '../src/db/migrator.ts';
import type { ContentItemsTable, ContentStatus, ContentType } from '../src/db/schema.ts';
import type { Actor } from '../src/domain/auth/actor.ts';
import { type DeskQuery, searchDesk } from '../src/domain/editorial/desk-listing.ts';
import { createLabel } from '../src/domain/labels/label-service.ts';
import { seededRandom, vocabulary } from './bench/generate-posts.ts';
import { openScratchDatabase } from './bench/scratch-database.ts';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000);
const RUNS = 20;
const COUNTRIES = ['nepal', 'cambodia', 'india', 'indonesia', 'philippines', 'sri-lanka'];
const STATUSES: ContentStatus[] = ['draft', 'review', 'scheduled', 'published', 'unpublished'];
const TYPES: ContentType[] = ['post', 'post', 'post', 'event', 'report', 'story', 'organization'];

function words(random: () => number, count: number): string {
  return Array.from(
    { length: count },
    () => vocabulary[Math.floor(random() * vocabulary.length)] ?? 'work',
  ).join(' ');
}

function bodyOf(random: () => number): string {
  return Array.from({ length: 6 }, () => `<p>${words(random, 100)}.</p>`).join('');
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

async function main(): Promise<void> {
  const scratch = await openScratchDatabase();
  const { db } = scratch.handle;
  try {
    await migrateToLatest(db);
    const labels = [];
    for (const [position, slug] of COUNTRIES.entries()) {
      labels.push(await createLabel(db, { kind: 'country', slug, name: slug, position }));
    }
    const people = Array.from({ length: 40 }, (_, index) => ({
      id: randomUUID(),
      email: `person${index}@example.org`,
      name: `Person ${index}`,
      role: 'contributor' as const,
      password_hash: null,
      created_at: '2020-01-01T00:00:00.000Z',
    }));
    await db.insertInto('users').values(people).execute();

    const random = seededRandom(16);
    const rows: ContentItemsTable[] = [];
    const links: { content_id: string; label_id: string }[] = [];
    for (let index = 0; index < ITEMS; index++) {
      const id = randomUUID();
      const at = new Date(Date.UTC(2015, 0, 1) + index * 3_600_000 * 7).toISOString();
      const type = TYPES[index % TYPES.length] ?? 'post';
      rows.push({
        id,
        type,
        title: `${words(random, 6)} ${index}`,
        slug: `item-${index}`,
        excerpt: words(random, 25),
        body_html: bodyOf(random),
        status: STATUSES[index % STATUSES.length] ?? 'draft',
        published_at: at,
        author_id: people[index % people.length]?.id ?? null,
        locale: 'en',
        translation_group: id,
        featured_image_url: null,
        featured_image_alt: null,
        featured_media_id: null,
        review_note: null,
        created_at: at,
        updated_at: at,
        fields: '{}',
        starts_at: null,
        ends_at: null,
        version: 1,
      });
      links.push({ content_id: id, label_id: labels[index % labels.length]?.id ?? '' });
    }
    for (let start = 0; start < rows.length; start += 200) {
      await db
        .insertInto('content_items')
        .values(rows.slice(start, start + 200))
        .execute();
      await db
        .insertInto('content_labels')
        .values(links.slice(start, start + 200))
        .execute();
    }

    const administrator: Actor = {
      id: randomUUID(),
      email: 'ada@example.org',
      name: 'Ada',
      role: 'administrator',
      countryLabelIds: [],
      timeZone: 'UTC',
      language: null,
    };
    const editor: Actor = {
      ...administrator,
      id: randomUUID(),
      role: 'editor',
      countryLabelIds: [labels[0]?.id ?? ''],
    };
    const author = people[3]?.id ?? '';
    const cases: { name: string; actor: Actor; query: Omit<DeskQuery, 'page'>; page?: number }[] = [
      { name: 'no filter (administrator)', actor: administrator, query: {} },
      { name: 'common word', actor: administrator, query: { q: 'pension' } },
      { name: 'two words', actor: administrator, query: { q: 'garment allowance' } },
      { name: 'no match', actor: administrator, query: { q: 'zzzabsent' } },
      {
        name: 'status + country',
        actor: administrator,
        query: { status: 'review', country: 'nepal' },
      },
      {
        name: 'word + type + dates',
        actor: administrator,
        query: { q: 'union', type: 'event', from: '2016-01-01', to: '2017-12-31' },
      },
      { name: 'author', actor: administrator, query: { author } },
      { name: 'editor, word', actor: editor, query: { q: 'pension' } },
      { name: 'page 100', actor: administrator, query: {}, page: 100 },
    ];
    console.log(
      `Desk finding at ${ITEMS.toLocaleString('en')} items, ${scratch.engine} (${await scratch.size()})`,
    );
    console.log('query                          total   p50 ms   p95 ms   max ms');
    for (const entry of cases) {
      const query = { ...entry.query, page: entry.page ?? 1 } as DeskQuery;
      await searchDesk(db, entry.actor, query);
      const times: number[] = [];
      let total = 0;
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        total = (await searchDesk(db, entry.actor, query)).pagination.total;
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${entry.name.padEnd(28)} ${String(total).padStart(7)} ${percentile(times, 0.5)
          .toFixed(1)
          .padStart(8)} ${percentile(times, 0.95).toFixed(1).padStart(8)} ${(times.at(-1) ?? 0)
          .toFixed(1)
          .padStart(8)}`,
      );
    }
  } finally {
    await scratch.handle.close();
    await scratch.remove();
  }
}

await main();
