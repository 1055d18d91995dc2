import { Writable } from 'node:stream';

/** The app's log as an operator reads it: each JSON line parsed, and the raw text. */
export interface LogLines {
  /** Pass as `buildApp`'s `logStream`. */
  stream: Writable;
  lines: Record<string, unknown>[];
  raw: string[];
}

/** A log stream that keeps every line the app writes, for tests to read. */
export function collectLogLines(): LogLines {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { stream, lines, raw };
}
