/**
 * `npm run bench:import`: a WordPress import of 10,000 posts. Writes a seeded WXR 1.2 export
 * (classic content of 300–800 words, countries, themes, tags, five authors, comments with
 * replies, ten years of dates) to a scratch folder, then times separately parsing it
 * (`parseWordPressExport`) and saving it (`saveImport`) into a freshly migrated database, with
 * the save step's own stages, and prints the figures against the target: the whole import in
 * 30 s or less on a 2-core machine (exit code 1 when missed).
 * SQLite in a scratch folder by default; DATABASE_URL=postgres://… (any database on the server)
 * runs it on a scratch PostgreSQL database instead. BENCH_POSTS changes the count.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Progress } from '../src/lib/progress.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { saveImport } from '../src/importers/save-import.ts';
import { parseWordPressExport } from '../src/importers/wordpress/parse-wxr.ts';
import { writeWordPressExport } from './bench/generate-wxr.ts';
import { openScratchDatabase } from './bench/scratch-database.ts';

const POSTS = Number(process.env.BENCH_POSTS ?? 10_000);
const TARGET_SECONDS = 30;

/**
 * A progress that notes when each stage starts and stops, so the save step's time splits
 * into what comes before its first stage, the stages, the gaps between and the tail after.
 */
function stageClock(): Progress & { marks: { label: string; at: number }[] } {
  const marks: { label: string; at: number }[] = [];
  let current = '';
  return {
    marks,
    start(stage) {
      current = stage;
      marks.push({ label: `${stage} (start)`, at: performance.now() });
    },
    advance() {},
    stop() {
      marks.push({ label: `${current} (stop)`, at: performance.now() });
    },
  };
}

async function timed<Result>(work: () => Promise<Result>): Promise<[Result, number]> {
  const started = performance.now();
  const result = await work();
  return [result, (performance.now() - started) / 1000];
}

function saveStages(began: number, ended: number, marks: { label: string; at: number }[]) {
  const points = [{ label: 'save begins', at: began }, ...marks, { label: 'save ends', at: ended }];
  return points.slice(1).map((point, index) => ({
    from: points[index]?.label,
    to: point.label,
    seconds: Number(((point.at - (points[index]?.at ?? began)) / 1000).toFixed(2)),
  }));
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-bench-import-'));
  const file = path.join(dir, 'wordpress-export.xml');
  const scratch = await openScratchDatabase();
  const { db } = scratch.handle;
  try {
    await migrateToLatest(db);
    console.log(`Writing a WordPress export of ${POSTS.toLocaleString('en')} posts…`);
    const written = writeWordPressExport(file, { posts: POSTS });
    const megabytes = fs.statSync(file).size / 1e6;

    const [bundle, parseSeconds] = await timed(() => parseWordPressExport(file));
    console.log(`Parsed in ${parseSeconds.toFixed(1)} s; saving into ${scratch.engine}…`);
    const clock = stageClock();
    const saveBegan = performance.now();
    const [report, saveSeconds] = await timed(() => saveImport(db, bundle, { progress: clock }));
    const saveEnded = performance.now();
    const total = parseSeconds + saveSeconds;
    const created = Object.values(report.created)
      .flatMap((byStatus) => Object.values(byStatus))
      .reduce((sum, count) => sum + count, 0);

    console.log(
      `\n${scratch.engine}; ${os.cpus().length} cores, Node ${process.version}; ` +
        `${written.comments.toLocaleString('en')} comments in the file\n`,
    );
    console.table(saveStages(saveBegan, saveEnded, clock.marks));
    console.table({
      'file size MB': Number(megabytes.toFixed(1)),
      items: bundle.items.length,
      'items created': created,
      'comments created': report.commentsCreated,
      'parse s': Number(parseSeconds.toFixed(2)),
      'save s': Number(saveSeconds.toFixed(2)),
      'total s': Number(total.toFixed(2)),
      'peak RSS MB': Math.round(process.resourceUsage().maxRSS / 1024),
    });
    const isMet = total <= TARGET_SECONDS;
    console.log(
      `Import of ${bundle.items.length.toLocaleString('en')} posts in ${total.toFixed(1)} s ` +
        `(target ≤ ${TARGET_SECONDS} s on a 2-core machine): ${isMet ? 'met' : 'MISSED'}.`,
    );
    if (!isMet) process.exitCode = 1;
  } finally {
    await scratch.handle.close();
    await scratch.remove();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
