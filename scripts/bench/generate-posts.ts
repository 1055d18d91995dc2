import type { Db } from '../../src/db/connection.ts';
import { dialectOf, inTransaction } from '../../src/db/connection.ts';
import { createContentItem } from '../../src/domain/content/content-service.ts';
import type { Label } from '../../src/domain/labels/label-service.ts';

/** A small seeded generator (mulberry32), so every run builds the same site. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The words generated posts are written in (searches in the bench pick from them). */
export const vocabulary = (
  'workers union social protection health insurance pension maternity benefit informal ' +
  'garment domestic migrant youth women wage minimum campaign government ministry scheme ' +
  'coverage contribution employer factory training legal assistance awareness advocacy ' +
  'network federation rights decent work safety occupational disease compensation fund ' +
  'registration card access clinic village district province city allowance elderly child ' +
  'grant budget programme partner survey report figures lockdown pandemic relief cash transfer'
).split(' ');

function sentence(random: () => number): string {
  const length = 8 + Math.floor(random() * 14);
  const words = Array.from(
    { length },
    () => vocabulary[Math.floor(random() * vocabulary.length)] ?? 'work',
  );
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number): string {
  return Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(random)).join(' ');
}

type PostInput = Parameters<typeof createContentItem>[1];

/**
 * On PostgreSQL this many posts are written at once, each in its own transaction: one after
 * another, every post waits for its dozen round trips (about 4 times SQLite's time). The
 * content version is bumped last in each transaction, so they hardly wait for each other.
 */
const POSTGRES_CONCURRENCY = 8;
const SQLITE_BATCH_SIZE = 500;

/**
 * Adds `count` published posts through the domain layer (sanitized like any other), dated
 * over the years before the demo content, each with a country and a theme.
 */
export async function generatePosts(
  db: Db,
  options: { count: number; countries: Label[]; themes: Label[]; seed?: number },
): Promise<void> {
  const random = seededRandom(options.seed ?? 2021);
  const start = Date.UTC(2014, 0, 1);
  const end = Date.UTC(2020, 11, 31);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  // Drawn in order first, so the site is the same however the posts are written.
  const posts: PostInput[] = Array.from({ length: options.count }, (_, index) => {
    const title = sentence(random).slice(0, -1).split(' ').slice(0, 9).join(' ');
    const body = Array.from({ length: 4 + Math.floor(random() * 4) }, () => paragraph(random));
    return {
      title: `${title} ${index}`,
      html: body.map((text) => `<p>${text}</p>`).join(''),
      status: 'published',
      publishedAt: new Date(start + random() * (end - start)).toISOString(),
      labels: [
        { kind: 'country', slug: pick(options.countries).slug },
        { kind: 'theme', slug: pick(options.themes).slug },
      ],
    };
  });
  if (dialectOf(db) === 'postgres') {
    let next = 0;
    const writer = async () => {
      while (next < posts.length) {
        const post = posts[next++] as PostInput;
        await createContentItem(db, post);
      }
    };
    await Promise.all(Array.from({ length: POSTGRES_CONCURRENCY }, writer));
    return;
  }
  // SQLite has one writer: batches in one transaction spare a commit (an fsync) per post.
  for (let first = 0; first < posts.length; first += SQLITE_BATCH_SIZE) {
    await inTransaction(db, async (trx) => {
      for (const post of posts.slice(first, first + SQLITE_BATCH_SIZE)) {
        await createContentItem(trx, post);
      }
    });
  }
}
