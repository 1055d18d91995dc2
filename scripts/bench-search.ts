/**
 * `npm run bench:search`: search at 100,000 items. Builds a site with the demo content plus
 * 100,000 generated items in six languages (inserted in bulk), times `rebuildSearchIndex`,
 * then runs 200 seeded queries of every kind — common and rare words, phrases, prefixes,
 * filters alone and combined, later pages, Nepali, Bengali and Khmer words, hostile input,
 * each from a page in one of the seven languages — through `searchSite` (the page's whole
 * domain call: count, ranking, items, snippets), after a warm-up pass, and prints
 * p50/p95/p99/max per kind and overall, plus related items.
 * Runs on SQLite in a scratch file, then on a scratch PostgreSQL database when a server is
 * given (DATABASE_URL or TEST_DATABASE_URL=postgres://…, any database on it), and prints both.
 * BENCH_ENGINES=sqlite or postgres runs one. BENCH_ITEMS changes the count.
 * BENCH_KEEP_DATABASE=1 keeps the PostgreSQL database and prints its address; given back as
 * BENCH_DATABASE_URL, a later run searches it as it is (reindexing only when the index format
 * changed) instead of building another: minutes saved per try.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import type { ContentType } from '../src/db/schema.ts';
import { loadDemoContent } from '../src/demo/load-demo.ts';
import { getRelatedItems } from '../src/domain/search/related-content.ts';
import {
  ensureSearchIndexCurrent,
  rebuildSearchIndex,
} from '../src/domain/search/search-indexing.ts';
import { type SearchRequest, searchSite } from '../src/domain/search/search-service.ts';
import { NotFoundError } from '../src/lib/errors.ts';
import { INTERFACE_LANGUAGES } from '../src/lib/i18n/languages.ts';
import { seededRandom } from './bench/generate-posts.ts';
import {
  type ScratchDatabase,
  openKeptDatabase,
  openScratchDatabase,
} from './bench/scratch-database.ts';
import {
  CORPUS_LANGUAGES,
  DOMAIN_PHRASES,
  type TypeTemplates,
  insertSearchCorpus,
} from './bench/generate-search-corpus.ts';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const QUERIES = 200;
const MEASURED_PASSES = 3;
const TARGET_P95_MS = 20;

/** How each engine's search is built, for the printed figures. */
const SEARCH_ENGINES = { SQLite: 'SQLite (FTS5)', PostgreSQL: 'PostgreSQL (tsvector + GIN)' };

async function typeTemplates(db: Db): Promise<TypeTemplates> {
  const rows = await db
    .selectFrom('content_items')
    .select(['type', 'fields', 'starts_at', 'ends_at'])
    .where('status', '=', 'published')
    .execute();
  const templates: TypeTemplates = {};
  for (const row of rows) templates[row.type] ??= row;
  return templates;
}

interface BenchQuery {
  kind: string;
  request: SearchRequest;
}

/** 200 queries, the same every run, cycling through every kind of search a reader makes. */
function benchQueries(countries: string[], themes: string[]): BenchQuery[] {
  const random = seededRandom(200);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const english = CORPUS_LANGUAGES.english.words;
  // Ranks 20–1,000 hold the network's words (the ones readers search for); past 2,000, rare.
  const common = () => english[20 + Math.floor(random() * 980)] as string;
  const rare = () => english[2_000 + Math.floor(random() * 4_000)] as string;
  const year = () => String(2010 + Math.floor(random() * 11));
  const types: ContentType[] = ['post', 'story', 'statement', 'event', 'publication'];
  const kinds: (() => BenchQuery)[] = [
    () => ({ kind: 'one common word', request: { query: common(), page: 1 } }),
    () => ({
      kind: 'two or three words',
      request: {
        query: Array.from({ length: 2 + Math.floor(random() * 2) }, common).join(' '),
        page: 1,
      },
    }),
    () => ({ kind: 'phrase', request: { query: `"${pick(DOMAIN_PHRASES)}"`, page: 1 } }),
    () => ({ kind: 'four letters of a word', request: { query: common().slice(0, 4), page: 1 } }),
    () => ({
      kind: 'rare word or number',
      request: { query: random() < 0.5 ? rare() : String(Math.floor(random() * ITEMS)), page: 1 },
    }),
    () => ({
      kind: 'word + filters',
      request: {
        query: common(),
        country: pick(countries),
        type: pick(types),
        year: year(),
        page: 1,
      },
    }),
    () => ({
      kind: 'filters only',
      request: { country: pick(countries), theme: pick(themes), year: year(), page: 1 },
    }),
    () => ({
      kind: 'later page',
      request: { query: common(), page: 2 + Math.floor(random() * 30) },
    }),
    () => ({
      kind: 'Nepali / Bengali',
      request: {
        query: pick([...CORPUS_LANGUAGES.nepali.words, ...CORPUS_LANGUAGES.bengali.words]),
        page: 1,
      },
    }),
    () => ({
      kind: 'Khmer (trigrams)',
      request: { query: pick(CORPUS_LANGUAGES.khmer.words), page: 1 },
    }),
    () => ({
      kind: 'Indonesian / Filipino',
      request: {
        query: `${pick(CORPUS_LANGUAGES.indonesian.words)} ${pick(CORPUS_LANGUAGES.filipino.words)}`,
        page: 1,
      },
    }),
    () => ({
      kind: 'hostile or no match',
      request: {
        query: pick([
          '"',
          '* - : ( ) NEAR',
          'workers AND OR NOT',
          "'; DROP TABLE content_items;--",
          '<script>alert(1)</script>',
          'zzyzx qqvv',
          english.slice(0, 400).join(' ').slice(0, 2_000),
          '"*'.repeat(1_000),
        ]),
        page: 1,
      },
    }),
  ];
  // Each query is asked from a page in one of the seven languages, whose items come first:
  // seven languages against twelve kinds, so every kind is asked in every language.
  return Array.from({ length: QUERIES }, (_, index) => {
    const query = kinds[index % kinds.length]?.() as BenchQuery;
    const language = INTERFACE_LANGUAGES[index % INTERFACE_LANGUAGES.length];
    return { ...query, request: { ...query.request, language } };
  });
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const ms = (value: number) => Number(value.toFixed(2));
  return {
    runs: sorted.length,
    'p50 ms': ms(percentile(sorted, 0.5)),
    'p95 ms': ms(percentile(sorted, 0.95)),
    'p99 ms': ms(percentile(sorted, 0.99)),
    'max ms': ms(sorted.at(-1) ?? 0),
  };
}

async function timed<Result>(work: () => Promise<Result>): Promise<[Result, number]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - started) / 1e6];
}

/** Fills a new database: migrations, the demo content, the corpus, then the index, timed. */
async function buildCorpus(scratch: ScratchDatabase, mediaDir: string): Promise<void> {
  const engine = SEARCH_ENGINES[scratch.engine];
  const { db } = scratch.handle;
  await migrateToLatest(db);
  await loadDemoContent(db, { mediaDir });
  const labels = await db.selectFrom('labels').selectAll().execute();
  console.log(`${engine}: inserting ${ITEMS.toLocaleString('en')} items…`);
  const templates = await typeTemplates(db);
  const [, insertMs] = await timed(() =>
    insertSearchCorpus(db, {
      count: ITEMS,
      countries: labels.filter((label) => label.kind === 'country'),
      themes: labels.filter((label) => label.kind === 'theme'),
      templates,
    }),
  );
  console.log(`Inserted in ${(insertMs / 1000).toFixed(1)} s; rebuilding the index…`);
  const [indexed, rebuildMs] = await timed(() => rebuildSearchIndex(db));
  console.log(
    `Indexed ${indexed.toLocaleString('en')} items in ${(rebuildMs / 1000).toFixed(1)} s ` +
      `(${Math.round(indexed / (rebuildMs / 1000)).toLocaleString('en')} items/s); ` +
      `${await scratch.size()}.`,
  );
}

/**
 * A kept database, migrated, and reindexed (timed) only when its index was built by another
 * format.
 */
async function reuseCorpus(scratch: ScratchDatabase): Promise<void> {
  await migrateToLatest(scratch.handle.db);
  const [rebuilt, rebuildMs] = await timed(() => ensureSearchIndexCurrent(scratch.handle.db));
  console.log(
    rebuilt
      ? `Reindexed the kept database in ${(rebuildMs / 1000).toFixed(1)} s; ${await scratch.size()}.`
      : `Searching the kept database as it is; ${await scratch.size()}.`,
  );
}

/** One engine's run: its figures printed, its overall and related-items p95 returned. */
async function benchEngine(serverUrl: string): Promise<EngineFigures> {
  const keptUrl = serverUrl ? process.env.BENCH_DATABASE_URL : undefined;
  const scratch = keptUrl
    ? openKeptDatabase(keptUrl)
    : await openScratchDatabase(serverUrl, { keep: process.env.BENCH_KEEP_DATABASE === '1' });
  const engine = SEARCH_ENGINES[scratch.engine];
  const { db } = scratch.handle;
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-bench-media-'));
  try {
    if (keptUrl) await reuseCorpus(scratch);
    else await buildCorpus(scratch, mediaDir);
    const labels = await db.selectFrom('labels').selectAll().execute();
    const countries = labels.filter((label) => label.kind === 'country');
    const themes = labels.filter((label) => label.kind === 'theme');
    const indexed = Number(
      (
        await db
          .selectFrom('search_documents')
          .select((eb) => eb.fn.countAll().as('count'))
          .executeTakeFirstOrThrow()
      ).count,
    );

    const queries = benchQueries(
      countries.map((label) => label.slug),
      themes.map((label) => label.slug),
    );
    const byKind = new Map<string, number[]>();
    const all: number[] = [];
    const matches = new Map<string, number>();
    const relatedSources: Parameters<typeof getRelatedItems>[1][] = [];
    for (let pass = 0; pass <= MEASURED_PASSES; pass++) {
      for (const { kind, request } of queries) {
        // A page past the last is a 404 page for the reader; it is timed all the same.
        const [outcome, ms] = await timed(() =>
          searchSite(db, request).catch((error: unknown) => {
            if (error instanceof NotFoundError) return undefined;
            throw error;
          }),
        );
        if (pass === 0) {
          // The warm-up pass fills caches and records what each kind found.
          matches.set(kind, (matches.get(kind) ?? 0) + (outcome?.pagination.total ?? 0));
          const first = outcome?.results[0];
          if (first && relatedSources.length < 50) relatedSources.push(first.item);
          continue;
        }
        all.push(ms);
        byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
      }
    }
    const related: number[] = [];
    for (let pass = 0; pass <= MEASURED_PASSES; pass++) {
      for (const source of relatedSources) {
        const [, ms] = await timed(() => getRelatedItems(db, source));
        if (pass > 0) related.push(ms);
      }
    }

    console.log(
      `\n${engine}, ${indexed.toLocaleString('en')} items; ${os.cpus().length} cores, ` +
        `Node ${process.version}; ${QUERIES} queries × ${MEASURED_PASSES} passes after a warm-up\n`,
    );
    console.table([
      ...[...byKind].map(([kind, samples]) => ({
        kind,
        'matches/query': Math.round((matches.get(kind) ?? 0) / (samples.length / MEASURED_PASSES)),
        ...summary(samples),
      })),
      { kind: 'ALL QUERIES', 'matches/query': NaN, ...summary(all) },
      { kind: 'related items', 'matches/query': NaN, ...summary(related) },
    ]);
    const p95 = summary(all)['p95 ms'];
    console.log(
      `Search p95 ${p95} ms (target ≤ ${TARGET_P95_MS} ms): ` +
        `${p95 <= TARGET_P95_MS ? 'met' : 'MISSED'}. ` +
        `Peak resident memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`,
    );
    return {
      engine,
      'p50 ms': summary(all)['p50 ms'],
      'p95 ms': p95,
      'related items p95 ms': summary(related)['p95 ms'],
    };
  } finally {
    await scratch.handle.close();
    await scratch.remove();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  }
}

interface EngineFigures {
  engine: string;
  'p50 ms': number;
  'p95 ms': number;
  'related items p95 ms': number;
}

async function main(): Promise<void> {
  const only = process.env.BENCH_ENGINES;
  const postgresUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const figures: EngineFigures[] = [];
  // An empty server address is SQLite in a scratch file (see openScratchDatabase).
  if (only !== 'postgres') figures.push(await benchEngine(''));
  if (only !== 'sqlite') {
    if (postgresUrl?.startsWith('postgres')) figures.push(await benchEngine(postgresUrl));
    else console.log('\nPostgreSQL skipped: set DATABASE_URL=postgres://… to run it as well.');
  }
  console.log('\nBoth engines, same queries:');
  console.table(figures);
}

await main();
