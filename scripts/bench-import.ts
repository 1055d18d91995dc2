/**
 * `npm run bench:import`: a WordPress import of 10,000 posts. Writes a seeded WXR 1.2 export
 * (classic content of 300–800 words, countries, themes, tags, five authors, comments with
 * replies, ten years of dates) to a scratch folder, then imports it in a child process into a
 * freshly migrated database, as `inspir import wordpress` does: the first pass over the file
 * (`openWordPressExport`: checks it, keeps the channel and attachments), then the second pass
 * streamed into the save (`saveImportStream`), with the save's own stages. Prints the figures
 * against the targets: the whole import in 30 s or less on a 2-core machine, and at most
 * 300 MB peak memory (exit code 1 when either is missed).
 * The peak is the child's own maxRSS, so writing the export is not counted.
 * SQLite in a scratch folder by default; DATABASE_URL=postgres://… (any database on the server)
 * runs it on a scratch PostgreSQL database instead. BENCH_POSTS changes the count.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Progress } from '../src/lib/progress.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { saveImportStream } from '../src/importers/save-import.ts';
import { openWordPressExport } from '../src/importers/wordpress/parse-wxr.ts';
import { writeWordPressExport } from './bench/generate-wxr.ts';
import { openScratchDatabase } from './bench/scratch-database.ts';

const POSTS = Number(process.env.BENCH_POSTS ?? 10_000);
const TARGET_SECONDS = 30;
const TARGET_PEAK_MB = 300;
const MEASURE = '--measure';

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

interface Measurement {
  engine: string;
  items: number;
  created: number;
  comments: number;
  firstPassSeconds: number;
  saveSeconds: number;
  stages: ReturnType<typeof saveStages>;
  /** After loading the code and migrating, before the import. */
  startMegabytes: number;
  firstPassPeakMegabytes: number;
  peakMegabytes: number;
}

/** This process's peak so far (Linux reports kilobytes). */
const peakMegabytes = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** The child: imports the file into a scratch database and prints what it measured as JSON. */
async function measure(file: string): Promise<void> {
  const scratch = await openScratchDatabase();
  const { db } = scratch.handle;
  try {
    await migrateToLatest(db);
    const startMegabytes = Math.round(process.memoryUsage().rss / 1e6);
    const [stream, firstPassSeconds] = await timed(() => openWordPressExport(file));
    const firstPassPeakMegabytes = peakMegabytes();
    const clock = stageClock();
    const saveBegan = performance.now();
    const [report, saveSeconds] = await timed(() =>
      saveImportStream(db, stream, { progress: clock }),
    );
    const saveEnded = performance.now();
    const measurement: Measurement = {
      engine: scratch.engine,
      items: stream.itemCount,
      created: Object.values(report.created)
        .flatMap((byStatus) => Object.values(byStatus))
        .reduce((sum, count) => sum + count, 0),
      comments: report.commentsCreated,
      firstPassSeconds,
      saveSeconds,
      stages: saveStages(saveBegan, saveEnded, clock.marks),
      startMegabytes,
      firstPassPeakMegabytes,
      // This process's peak: the import and nothing else.
      peakMegabytes: peakMegabytes(),
    };
    console.log(JSON.stringify(measurement));
  } finally {
    await scratch.handle.close();
    await scratch.remove();
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-bench-import-'));
  const file = path.join(dir, 'wordpress-export.xml');
  try {
    console.log(`Writing a WordPress export of ${POSTS.toLocaleString('en')} posts…`);
    const written = writeWordPressExport(file, { posts: POSTS });
    const megabytes = fs.statSync(file).size / 1e6;
    console.log('Importing it in a child process…');
    const output = execFileSync(
      process.execPath,
      [...process.execArgv, process.argv[1] ?? '', MEASURE, file],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
    );
    const result = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Measurement;
    const total = result.firstPassSeconds + result.saveSeconds;

    console.log(
      `\n${result.engine}; ${os.cpus().length} cores, Node ${process.version}; ` +
        `${written.comments.toLocaleString('en')} comments in the file\n`,
    );
    console.table(result.stages);
    console.table({
      'file size MB': Number(megabytes.toFixed(1)),
      items: result.items,
      'items created': result.created,
      'comments created': result.comments,
      'first pass s': Number(result.firstPassSeconds.toFixed(2)),
      'second pass + save s': Number(result.saveSeconds.toFixed(2)),
      'total s': Number(total.toFixed(2)),
      'RSS before import MB': result.startMegabytes,
      'peak RSS after first pass MB': result.firstPassPeakMegabytes,
      'peak RSS MB (import process)': result.peakMegabytes,
    });
    const isFast = total <= TARGET_SECONDS;
    const isSmall = result.peakMegabytes <= TARGET_PEAK_MB;
    console.log(
      `Import of ${result.items.toLocaleString('en')} posts in ${total.toFixed(1)} s ` +
        `(target ≤ ${TARGET_SECONDS} s on a 2-core machine): ${isFast ? 'met' : 'MISSED'}; ` +
        `peak ${result.peakMegabytes} MB (target ≤ ${TARGET_PEAK_MB} MB): ${isSmall ? 'met' : 'MISSED'}.`,
    );
    if (!isFast || !isSmall) process.exitCode = 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === MEASURE) await measure(process.argv[3] ?? '');
else await main();
