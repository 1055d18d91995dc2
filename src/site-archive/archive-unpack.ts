import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { ReadEntry } from 'tar';
import {
  ARCHIVE_VERSION,
  ArchiveError,
  EXPORTED_TABLES,
  MANIFEST_FILE,
  MEDIA_FOLDER,
  type Manifest,
  TABLES_FOLDER,
  tableFileOf,
} from './archive-format.ts';
import { parseManifest } from './archive-reader.ts';
import { RestoreInterruptedError, type RestoreLimits, describeBytes } from './restore-limits.ts';

/** Allowance for tar's own blocks (headers, padding, long names) beyond the files' bytes. */
const FRAMING_BYTES = 16 * 1024 * 1024;
const FRAMING_BYTES_PER_FILE = 4 * 1024;

/** What may follow the manifest: each file it lists, with its size when the manifest says. */
function expectedEntries(manifest: Manifest): Map<string, number | undefined> {
  const expected = new Map<string, number | undefined>();
  for (const table of EXPORTED_TABLES) {
    if (manifest.tables[table] !== undefined) expected.set(tableFileOf(table), undefined);
  }
  for (const media of manifest.media) {
    const entryPath = `${MEDIA_FOLDER}/${media.file}`;
    if (expected.has(entryPath)) {
      throw new ArchiveError(`${MANIFEST_FILE} lists ${entryPath} twice.`);
    }
    expected.set(entryPath, media.bytes);
  }
  return expected;
}

/** Refuses a manifest that announces more than the limits allow, before unpacking any of it. */
function checkAnnouncedSizes(manifest: Manifest, limits: RestoreLimits, file: string): void {
  let total = 0;
  for (const media of manifest.media) {
    total += media.bytes;
    if (media.bytes > limits.maxEntryBytes) {
      throw new ArchiveError(
        `${file}: ${MEDIA_FOLDER}/${media.file} is ${describeBytes(media.bytes)}, over the ` +
          `limit of ${describeBytes(limits.maxEntryBytes)} a file (--max-entry-mb).`,
      );
    }
  }
  if (total > limits.maxUnpackedBytes) {
    throw new ArchiveError(
      `${file}: its media files come to ${describeBytes(total)}, over the limit of ` +
        `${describeBytes(limits.maxUnpackedBytes)} unpacked (--max-unpacked-mb).`,
    );
  }
}

/**
 * Follows the lines of a table file as it streams past and refuses one longer than the
 * limit as soon as it gets there: the line itself is never held.
 */
function lineLengthCheck(name: string, maxLineBytes: number): (chunk: Buffer) => void {
  let length = 0;
  let line = 1;
  const refuse = (): never => {
    throw new ArchiveError(
      `${name} line ${line} is longer than ${describeBytes(maxLineBytes)} (--max-line-mb): ` +
        'no row of a site export is that long, unless the limit is set too low for this site.',
    );
  };
  return (chunk) => {
    for (let from = 0; ;) {
      const newline = chunk.indexOf(10, from);
      length += (newline === -1 ? chunk.length : newline) - from;
      if (length > maxLineBytes) refuse();
      if (newline === -1) return;
      length = 0;
      line += 1;
      from = newline + 1;
    }
  };
}

function entryName(entry: ReadEntry): string {
  return entry.path.replace(/^\.\//, '').replace(/\/$/, '');
}

/**
 * Unpacks a site export into `folder` in one streaming pass, checking as it goes, so that
 * nothing unexpected is ever written and memory stays bounded whatever the archive holds:
 * the manifest must come first (the export writes it first) and is checked by `checkManifest`
 * before anything else is unpacked; after it, only the files it lists are accepted, each
 * refused by its header (an unlisted name, another kind, a media file of another size than
 * the manifest's, a file or a total over the limits) before a byte of it is written; table
 * files are refused at the first line over the limit. Returns the manifest.
 */
export async function unpackSiteArchive(options: {
  file: string;
  /** How the archive is named in messages. */
  name: string;
  folder: string;
  limits: RestoreLimits;
  checkManifest: (manifest: Manifest) => void;
  signal?: AbortSignal;
}): Promise<Manifest> {
  const { file, name, folder, limits } = options;
  await fs.promises.access(file).catch(() => {
    throw new ArchiveError(`There is no file ${name}.`);
  });
  const unreadable = (error: unknown): ArchiveError =>
    new ArchiveError(
      `${name} is not a readable .tar.gz archive (truncated or corrupt?): ` +
        `${error instanceof Error ? error.message : String(error)}`,
    );

  // Loaded here, by the commands that read an archive, not by every process (the server).
  const { Parser } = await import('tar');
  const source = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  const parser = new Parser({ strict: true });
  const writers = new Set<fs.WriteStream>();
  const written = new Set<string>();
  let manifest: Manifest | undefined;
  let expected = new Map<string, number | undefined>();
  let entryCount = 0;
  let unpacked = 0;
  let failure: unknown;

  const outcome = new Promise<void>((resolve, reject) => {
    const fail = (error: unknown): void => {
      if (failure !== undefined) return;
      failure = error;
      source.destroy();
      gunzip.destroy();
      for (const writer of writers) writer.destroy();
      // Rejected once every file is closed, so the caller can remove the folder for good.
      void Promise.all([...writers].map((writer) => streamClosed(writer))).then(() =>
        reject(error),
      );
    };
    const guarded =
      <Args extends unknown[]>(handler: (...args: Args) => void) =>
      (...args: Args): void => {
        if (failure !== undefined) return;
        try {
          handler(...args);
        } catch (error) {
          fail(error);
        }
      };

    const readManifest = (entry: ReadEntry): void => {
      if (entry.size > limits.maxLineBytes) {
        throw new ArchiveError(
          `${name}: its ${MANIFEST_FILE} is ${describeBytes(entry.size)}, over the limit of ` +
            `${describeBytes(limits.maxLineBytes)} (--max-line-mb).`,
        );
      }
      const chunks: Buffer[] = [];
      // 'end' before 'data': adding a data listener may run the whole (short) entry at once.
      entry.on(
        'end',
        guarded(() => {
          const read = parseManifest(Buffer.concat(chunks).toString('utf8'), name);
          options.checkManifest(read);
          checkAnnouncedSizes(read, limits, name);
          expected = expectedEntries(read);
          entryCount = expected.size;
          manifest = read;
        }),
      );
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
    };

    const unpackFile = (entry: ReadEntry, entryPath: string): void => {
      const listed = expected.has(entryPath);
      if (!listed) {
        throw new ArchiveError(
          written.has(entryPath)
            ? `${name} holds ${entryPath} twice.`
            : `${name} holds ${entryPath}, which its manifest does not list: a version ` +
                `${ARCHIVE_VERSION} export has only the files its manifest names.`,
        );
      }
      const bytes = expected.get(entryPath);
      if (bytes !== undefined && entry.size !== bytes) {
        throw new ArchiveError(
          `${name}: ${entryPath} is ${entry.size} bytes; the manifest says ${bytes} bytes.`,
        );
      }
      if (entry.size > limits.maxEntryBytes) {
        throw new ArchiveError(
          `${name}: ${entryPath} is ${describeBytes(entry.size)} unpacked, over the limit of ` +
            `${describeBytes(limits.maxEntryBytes)} a file (--max-entry-mb).`,
        );
      }
      unpacked += entry.size;
      if (unpacked > limits.maxUnpackedBytes) {
        throw new ArchiveError(
          `${name} unpacks to more than ${describeBytes(limits.maxUnpackedBytes)} ` +
            `(--max-unpacked-mb), at ${entryPath}.`,
        );
      }
      expected.delete(entryPath);
      written.add(entryPath);
      const target = path.join(folder, ...entryPath.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const writer = fs.createWriteStream(target, { flags: 'wx' });
      writers.add(writer);
      writer.on('error', fail);
      const checkLines = entryPath.startsWith(`${TABLES_FOLDER}/`)
        ? lineLengthCheck(entryPath, limits.maxLineBytes)
        : undefined;
      let received = 0;
      entry.on('end', () => writer.end());
      entry.on(
        'data',
        guarded((chunk: Buffer) => {
          received += chunk.length;
          // The parser reads no more than the header's size; this holds it to that anyway.
          if (received > entry.size) throw unreadable(new Error(`${entryPath} overruns`));
          checkLines?.(chunk);
          if (!writer.write(chunk)) {
            entry.pause();
            writer.once('drain', () => entry.resume());
          }
        }),
      );
    };

    let isFirst = true;
    parser.on('entry', (entry: ReadEntry): void => {
      guarded(() => {
        const entryPath = entryName(entry);
        const isFile = entry.type === 'File' || entry.type === 'OldFile';
        if (isFirst) {
          isFirst = false;
          if (entryPath !== MANIFEST_FILE || !isFile) {
            throw new ArchiveError(
              `${name} does not begin with ${MANIFEST_FILE}: it is not an inspir site export ` +
                '(an `inspir backup` archive is restored by extracting it into DATA_DIR).',
            );
          }
          return readManifest(entry);
        }
        if (entry.type === 'Directory' && [TABLES_FOLDER, MEDIA_FOLDER].includes(entryPath)) {
          entry.resume();
          return;
        }
        if (!isFile) {
          throw new ArchiveError(
            `${name} holds ${entryPath}, a ${entry.type}: a site export holds only files.`,
          );
        }
        unpackFile(entry, entryPath);
      })();
      // An entry nobody reads would stall the parser: drain refused ones.
      if (failure !== undefined) entry.resume();
    });
    parser.on('error', (error: unknown) =>
      fail(error instanceof ArchiveError ? error : unreadable(error)),
    );
    parser.on('end', () => {
      if (failure !== undefined) return;
      void Promise.all([...writers].map((writer) => streamClosed(writer))).then(() => {
        if (failure === undefined) resolve();
      });
    });
    // Headers are not files: a bomb of metadata entries alone must not run on for gigabytes
    // either. A real archive's tar framing is a few blocks a file.
    let inflated = 0;
    gunzip.on('data', (chunk: Buffer) => {
      inflated += chunk.length;
      const framing = FRAMING_BYTES + FRAMING_BYTES_PER_FILE * (manifest ? entryCount : 0);
      if (inflated > limits.maxUnpackedBytes + limits.maxLineBytes + framing) {
        fail(
          new ArchiveError(
            `${name} unpacks to more than ${describeBytes(limits.maxUnpackedBytes)} ` +
              '(--max-unpacked-mb).',
          ),
        );
      }
    });
    source.on('error', (error) => fail(unreadable(error)));
    gunzip.on('error', (error) => fail(unreadable(error)));
    options.signal?.addEventListener('abort', () => fail(new RestoreInterruptedError()), {
      once: true,
    });
    if (options.signal?.aborted) fail(new RestoreInterruptedError());
    source.pipe(gunzip).pipe(parser as unknown as NodeJS.WritableStream);
  });

  await outcome;
  if (!manifest) {
    throw new ArchiveError(
      `${name} has no ${MANIFEST_FILE}: it is not an inspir site export ` +
        '(an `inspir backup` archive is restored by extracting it into DATA_DIR).',
    );
  }
  return manifest;
}

/** Resolves once `stream` has closed its file, whether it finished or failed. */
function streamClosed(stream: fs.WriteStream): Promise<void> {
  if (stream.closed) return Promise.resolve();
  return new Promise((resolve) => stream.once('close', () => resolve()));
}
