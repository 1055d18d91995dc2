import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';

/**
 * Progress of a long command (an import, an export, a backup). On a terminal it is a bar with
 * the count, the total, the rate and the time left (cli-progress); elsewhere (a log, CI, a
 * pipe) plain lines, at most one every few seconds, so logs stay readable.
 */
export interface Progress {
  /** Begins a stage of `total` steps, named for people: "Saving posts". */
  start(stage: string, total: number): void;
  /** Moves the current stage on by `steps`. */
  advance(steps?: number): void;
  /** Ends the current stage. */
  stop(): void;
}

/** A progress that shows nothing: for library callers and tests. */
export const silentProgress: Progress = { start() {}, advance() {}, stop() {} };

const PLAIN_LINE_INTERVAL_MS = 2_000;

function plainProgress(stream: NodeJS.WriteStream): Progress {
  let stage = '';
  let total = 0;
  let done = 0;
  let startedAt = 0;
  let lastLineAt = 0;
  const line = (): void => {
    const seconds = (Date.now() - startedAt) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    stream.write(`${stage}: ${done}/${total} (${rate}/s, ${seconds.toFixed(1)} s)\n`);
    lastLineAt = Date.now();
  };
  return {
    start(name, steps) {
      stage = name;
      total = steps;
      done = 0;
      startedAt = Date.now();
      lastLineAt = startedAt;
    },
    advance(steps = 1) {
      done += steps;
      if (Date.now() - lastLineAt >= PLAIN_LINE_INTERVAL_MS) line();
    },
    stop() {
      line();
    },
  };
}

const requireModule = createRequire(import.meta.url);

function barProgress(stream: NodeJS.WriteStream): Progress {
  // Loaded by a command that draws a bar, not by every process at start (the server).
  const cliProgress = requireModule('cli-progress') as typeof cliProgressModule;
  let bar: cliProgressModule.SingleBar | undefined;
  let value = 0;
  let startedAt = 0;
  return {
    start(stage, total) {
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: `${stage} [{bar}] {value}/{total} · {rate}/s · {eta_formatted} left`,
          hideCursor: true,
          clearOnComplete: false,
        },
        cliProgress.Presets.shades_classic,
      );
      value = 0;
      startedAt = Date.now();
      bar.start(total, 0, { rate: 0 });
    },
    advance(steps = 1) {
      value += steps;
      const seconds = (Date.now() - startedAt) / 1000;
      bar?.update(value, { rate: seconds > 0 ? Math.round(value / seconds) : 0 });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}

/** The progress for a command writing to `stream` (standard error, so output stays clean). */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? barProgress(stream) : plainProgress(stream);
}
