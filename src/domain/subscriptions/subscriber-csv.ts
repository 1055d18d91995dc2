import { z } from 'zod';
import type { SubscriptionFrequency } from '../../db/schema.ts';
import { writeCsv } from '../../lib/csv-document.ts';
import { ValidationError } from '../../lib/errors.ts';
import { isInterfaceLanguage } from '../../lib/i18n/languages.ts';
import { type Problem, problem } from '../../lib/problems.ts';

/**
 * Subscribers as CSV, both ways: the file an administrator downloads, and the file they bring
 * from another list. An import's file is hostile until read: its size and rows are bounded, it
 * must be UTF-8 (a byte-order mark is fine), and every line is judged on its own so that each
 * problem can be listed with its line number.
 */

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 100_000;
const MAX_CONSENT_TEXT = 2_000;
const MAX_SLUGS = 200;
/** Within a day ahead: a consent dated later was not given yet (time zones aside). */
const FUTURE_LEEWAY_MS = 24 * 60 * 60 * 1000;

/** The columns of an export, in order; an import reads those it knows and ignores the rest. */
export const EXPORT_COLUMNS = [
  'email',
  'status',
  'frequency',
  'language',
  'countries',
  'themes',
  'languages',
  'created_at',
  'confirmed_at',
  'consent_at',
  'consent_source',
  'consent_text',
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | null>;

/** Several slugs or tags in one cell. */
const LIST_SEPARATOR = '|';

export function joinList(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}

export async function subscribersCsv(rows: readonly ExportRow[]): Promise<string> {
  return writeCsv(rows, EXPORT_COLUMNS);
}

/** One good line of an import file. */
export interface ImportLine {
  line: number;
  email: string;
  frequency: SubscriptionFrequency;
  language: string;
  countries: string[];
  themes: string[];
  languages: string[];
  consentAt: string;
  consentText: string;
}

export interface LineProblem {
  line: number;
  problem: Problem;
}

export interface ParsedImport {
  lines: ImportLine[];
  problems: LineProblem[];
}

const REQUIRED_COLUMNS = ['email', 'consent_at', 'consent_text'] as const;
const KNOWN_COLUMNS = [
  'email',
  'frequency',
  'language',
  'countries',
  'themes',
  'languages',
  'consent_at',
  'consent_text',
] as const;
type KnownColumn = (typeof KNOWN_COLUMNS)[number];

const emailSchema = z.email();

/**
 * Undoes what csv-document.ts does to a cell on export (`'=…` was `=…`), so that a file this
 * site wrote comes back as it was; anything else is kept as written.
 */
function unneutralised(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    // Strips a byte-order mark; refuses bytes that are not UTF-8 (a file saved as Latin-1
    // or UTF-16 would otherwise import garbled addresses).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError(problem('admin.subscribers.import.problem.notUtf8'), {
      file: problem('admin.subscribers.import.problem.notUtf8'),
    });
  }
}

function fileProblem(reported: Problem): ValidationError {
  return new ValidationError(reported, { file: reported });
}

/** When the consent was given: a date or an ISO 8601 instant, not in the future. */
function consentInstant(cell: string, now: Date): { instant: string } | Problem {
  const text = cell.trim();
  if (text === '') return problem('admin.subscribers.import.problem.consentAtMissing');
  const isIso = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
  if (!isIso.test(text)) return problem('admin.subscribers.import.problem.consentAtFormat');
  // A date alone, or a time without a zone, is read as UTC (the site's calendar).
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(text) || text.length === 10 ? text : `${text}Z`;
  const time = Date.parse(withZone.replace(' ', 'T'));
  if (Number.isNaN(time) || time < Date.UTC(1990, 0, 1)) {
    return problem('admin.subscribers.import.problem.consentAtFormat');
  }
  if (time > now.getTime() + FUTURE_LEEWAY_MS) {
    return problem('admin.subscribers.import.problem.consentAtFuture');
  }
  return { instant: new Date(time).toISOString() };
}

function listCell(cell: string): string[] {
  return [
    ...new Set(
      cell
        .split(LIST_SEPARATOR)
        .map((part) => part.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

function readLine(
  cells: Partial<Record<KnownColumn, string>>,
  line: number,
  defaults: { language: string },
  now: Date,
): ImportLine | Problem {
  const email = (cells.email ?? '').trim().toLowerCase();
  if (email === '') return problem('admin.subscribers.import.problem.emailMissing');
  if (email.length > 320 || !emailSchema.safeParse(email).success) {
    return problem('admin.subscribers.import.problem.email');
  }
  const consentText = (cells.consent_text ?? '').trim();
  if (consentText === '') return problem('admin.subscribers.import.problem.consentTextMissing');
  if (consentText.length > MAX_CONSENT_TEXT) {
    return problem('admin.subscribers.import.problem.consentTextLong', { max: MAX_CONSENT_TEXT });
  }
  const consentAt = consentInstant(cells.consent_at ?? '', now);
  if (!('instant' in consentAt)) return consentAt;
  const frequency = (cells.frequency ?? '').trim().toLowerCase() || 'instant';
  if (frequency !== 'instant' && frequency !== 'weekly') {
    return problem('admin.subscribers.import.problem.frequency');
  }
  const language = (cells.language ?? '').trim().toLowerCase() || defaults.language;
  if (!isInterfaceLanguage(language)) return problem('admin.subscribers.import.problem.language');
  const countries = listCell(cells.countries ?? '');
  const themes = listCell(cells.themes ?? '');
  const languages = listCell(cells.languages ?? '');
  if (countries.length + themes.length + languages.length > MAX_SLUGS) {
    return problem('admin.subscribers.import.problem.tooManyChoices', { max: MAX_SLUGS });
  }
  const badTag = languages.find((tag) => !LANGUAGE_TAG.test(tag));
  if (badTag !== undefined) {
    return problem('admin.subscribers.import.problem.languageTag', { value: badTag.slice(0, 40) });
  }
  return {
    line,
    email,
    frequency,
    language,
    countries,
    themes,
    languages,
    consentAt: consentAt.instant,
    consentText,
  };
}

/**
 * Reads an import file: a refusal of the whole file (not UTF-8, not CSV, too large, no
 * header with the required columns) is thrown; each line's own problem is listed with the
 * line's number in the file (the header is line 1; a quoted cell may span lines).
 */
export async function parseSubscriberCsv(
  bytes: Uint8Array,
  defaults: { language: string },
  now = new Date(),
): Promise<ParsedImport> {
  if (bytes.length > IMPORT_MAX_BYTES) {
    throw fileProblem(
      problem('admin.subscribers.import.problem.tooLarge', {
        megabytes: IMPORT_MAX_BYTES / 1048576,
      }),
    );
  }
  const text = decodeUtf8(bytes);
  if (text.trim() === '') throw fileProblem(problem('admin.subscribers.import.problem.empty'));
  // Loaded on the first import: pages never need it.
  const { parse } = await import('csv-parse/sync');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // One kind of line end: csv-parse miscounts lines when CRLF sits inside a quoted cell.
    records = parse(text.replace(/\r\n?/g, '\n'), {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // One more than allowed, to tell "too many" from "exactly enough".
      to: IMPORT_MAX_ROWS + 2,
      max_record_size: 64 * 1024,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    throw fileProblem(
      problem('admin.subscribers.import.problem.notCsv', {
        line: typeof line === 'number' ? line : 1,
      }),
    );
  }
  const [header, ...body] = records;
  if (!header) throw fileProblem(problem('admin.subscribers.import.problem.empty'));
  if (body.length > IMPORT_MAX_ROWS) {
    throw fileProblem(
      problem('admin.subscribers.import.problem.tooManyRows', { max: IMPORT_MAX_ROWS }),
    );
  }
  const columnIndex = new Map<KnownColumn, number>();
  header.record.forEach((name, index) => {
    const column = name.trim().toLowerCase() as KnownColumn;
    if ((KNOWN_COLUMNS as readonly string[]).includes(column) && !columnIndex.has(column)) {
      columnIndex.set(column, index);
    }
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !columnIndex.has(column));
  if (missing.length > 0) {
    throw fileProblem(
      problem('admin.subscribers.import.problem.missingColumns', { columns: missing.join(', ') }),
    );
  }
  const lines: ImportLine[] = [];
  const problems: LineProblem[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { record, info } of body) {
    // info.lines is the line the record ends on; a quoted cell may have spanned lines. The
    // number is the one a text editor's "go to line" finds.
    const spanned = record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    const line = info.lines - spanned;
    const cells: Partial<Record<KnownColumn, string>> = {};
    for (const [column, index] of columnIndex) cells[column] = unneutralised(record[index] ?? '');
    const read = readLine(cells, line, defaults, now);
    if (!('line' in read)) {
      problems.push({ line, problem: read });
      continue;
    }
    const first = firstLineOf.get(read.email);
    if (first !== undefined) {
      problems.push({
        line,
        problem: problem('admin.subscribers.import.problem.duplicate', { line: first }),
      });
      continue;
    }
    firstLineOf.set(read.email, line);
    lines.push(read);
  }
  return { lines, problems };
}
