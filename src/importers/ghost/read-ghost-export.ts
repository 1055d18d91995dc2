import fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { ImportFileError } from '../import-bundle.ts';
import { ghostDataSchema, ghostMetaSchema, type GhostData } from './ghost-export-schema.ts';
import { jsonErrorReason, locateJsonError } from './json-error-location.ts';

export interface GhostExport {
  /** The file's name, to start error messages and origins with. */
  fileName: string;
  /** `meta.version`: the Ghost version that wrote the file, `5.75.0`. */
  version: string;
  data: GhostData;
  /** The `data` object as found, for counting tables the importer does not read. */
  rawData: Record<string, unknown>;
}

const SUPPORTED_MAJORS = [1, 2, 3, 4, 5];

/**
 * Reads and checks a Ghost export: valid JSON, the `{db: [{meta, data}]}` or `{meta, data}`
 * shape, a supported version, and rows of the expected types. Anything else is an
 * `ImportFileError` naming the line, or the table, row and column at fault.
 */
export async function readGhostExport(file: string): Promise<GhostExport> {
  const fileName = path.basename(file);
  const text = await readText(file, fileName);
  const root = parseJson(text, fileName);
  const { meta, data } = unwrap(root, fileName);

  const parsedMeta = ghostMetaSchema.safeParse(meta);
  if (!parsedMeta.success) {
    throw new ImportFileError(`${fileName}: not a Ghost export: meta.version is missing`);
  }
  const version = parsedMeta.data.version;
  checkVersion(version, fileName);

  if (!isRecord(data)) {
    throw new ImportFileError(`${fileName}: not a Ghost export: "data" must be an object`);
  }
  const parsedData = ghostDataSchema.safeParse(data);
  if (!parsedData.success) {
    throw new ImportFileError(describeIssues(parsedData.error.issues, data, fileName));
  }
  return { fileName, version, data: parsedData.data, rawData: data };
}

async function readText(file: string, fileName: string): Promise<string> {
  try {
    // A byte-order mark is valid UTF-8 but not valid JSON.
    return (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportFileError(
      code === 'ENOENT' ? `${fileName}: no such file` : `${fileName}: cannot be read (${code})`,
    );
  }
}

function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const location = locateJsonError(text);
    const where = location ? ` line ${location.line}, column ${location.column}` : '';
    throw new ImportFileError(`${fileName}${where}: not valid JSON (${jsonErrorReason(error)})`);
  }
}

function unwrap(root: unknown, fileName: string): { meta: unknown; data: unknown } {
  if (isRecord(root) && 'db' in root) {
    // Ghost writes one database per file; `db` being a list is historical.
    const first: unknown = Array.isArray(root.db) ? root.db[0] : undefined;
    if (isRecord(first)) return { meta: first.meta, data: first.data };
    throw new ImportFileError(`${fileName}: not a Ghost export: "db" must hold {meta, data}`);
  }
  if (isRecord(root) && 'meta' in root && 'data' in root) {
    return { meta: root.meta, data: root.data };
  }
  throw new ImportFileError(
    `${fileName}: not a Ghost export (expected {"db": [{"meta", "data"}]} or {"meta", "data"})`,
  );
}

/**
 * Ghost 0.x wrote its database version ("003") or a 0.x version as `meta.version`, and its
 * tables differ (`image` not `feature_image`, dates as numbers, no `visibility`).
 */
function checkVersion(version: string, fileName: string): void {
  const supported = `Ghost ${SUPPORTED_MAJORS[0]}.x to ${SUPPORTED_MAJORS.at(-1)}.x exports are supported`;
  if (/^\d{3}$/.test(version) || /^0\./.test(version)) {
    throw new ImportFileError(
      `${fileName}: export version "${version}" is from Ghost 0.x, whose export has another schema; ${supported}`,
    );
  }
  const major = /^(\d+)\./.exec(version)?.[1];
  if (major === undefined || !SUPPORTED_MAJORS.includes(Number(major))) {
    throw new ImportFileError(
      `${fileName}: export version "${version}" is not supported; ${supported}`,
    );
  }
}

/** `ghost.json: posts[3] ("Hello"): published_at must be a date`, and how many more. */
function describeIssues(
  issues: z.core.$ZodIssue[],
  data: Record<string, unknown>,
  fileName: string,
) {
  const [first] = issues;
  if (!first) return `${fileName}: not a valid Ghost export`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
  const [tableName, index, ...column] = first.path;
  const problem = problemOf(first, valueAt(data, first.path));
  if (typeof index !== 'number') {
    return `${fileName}: data.${String(tableName)} ${problem}${more}`;
  }
  const row = valueAt(data, [String(tableName), index]);
  const label = isRecord(row) ? (row.title ?? row.name ?? row.key) : undefined;
  const record = `${String(tableName)}[${index}]${typeof label === 'string' && label ? ` ("${label}")` : ''}`;
  const field = column.length > 0 ? `${column.map(String).join('.')} ` : '';
  return `${fileName}: ${record}: ${field}${problem}${more}`;
}

function problemOf(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'custom') return issue.message;
  if (value === undefined) return 'is missing';
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${ARTICLES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')} (not ${JSON.stringify(value)})`;
    case 'invalid_union':
      return 'has an unexpected value';
    default:
      return issue.message;
  }
}

const ARTICLES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function valueAt(data: unknown, keys: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of keys) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
