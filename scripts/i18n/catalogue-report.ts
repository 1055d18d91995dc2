// What `npm run i18n:extract` and the catalogue test share: every message key the code names,
// and how complete and consistent each language's catalogue is against English.
import fs from 'node:fs';
import path from 'node:path';
import { catalogueOf, LOCALES_DIR, readCatalogueAreas } from '../../src/lib/i18n/catalogues.ts';
import { INTERFACE_LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { type ArgumentUse, parseMessage } from '../../src/lib/i18n/message-syntax.ts';

const SOURCE_DIRS = ['src'];
/** A message key in code: `'site.home'`; a computed one starts a template: `` `type.${…}` ``. */
const KEY_LITERAL = /['"]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9-]+)+)['"]/g;
const KEY_TEMPLATE = /`([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9-]+)*\.)\$\{/g;

export interface KeysInCode {
  /** Keys named in full, with the first file naming each. */
  literal: Map<string, string>;
  /** Prefixes of keys the code completes at run time ("type." for `type.${item.type}`). */
  prefixes: Set<string>;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => path.join(dir, file));
}

/**
 * Every message key the code names. A dotted literal counts only if it could be a key (the
 * English catalogue has it, or it sits in a `t(…)` call): file names and module paths do not.
 */
export function findKeysInCode(root: string): KeysInCode {
  const english = catalogueOf('en');
  const literal = new Map<string, string>();
  const prefixes = new Set<string>();
  for (const file of SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(root, dir)))) {
    const text = fs.readFileSync(file, 'utf8');
    const relative = path.relative(root, file);
    for (const match of text.matchAll(KEY_LITERAL)) {
      const key = match[1] ?? '';
      const before = text.slice(Math.max(0, (match.index ?? 0) - 3), match.index);
      if (Object.hasOwn(english, key) || /\bt\($/.test(before)) {
        if (!literal.has(key)) literal.set(key, relative);
      }
    }
    for (const match of text.matchAll(KEY_TEMPLATE)) {
      const prefix = match[1] ?? '';
      if (Object.keys(english).some((key) => key.startsWith(prefix))) prefixes.add(prefix);
    }
  }
  return { literal, prefixes };
}

export interface CatalogueProblem {
  language: string;
  key: string;
  problem: string;
}

function argumentSignature(uses: Map<string, Set<ArgumentUse>>): string {
  return [...uses]
    .map(([name, kinds]) => `${name}:${[...kinds].sort().join('+')}`)
    .sort()
    .join(' ');
}

/** Whether a message parses, and its arguments as "name:use" words (empty if it fails). */
function checkMessage(text: unknown): { signature: string; error?: string } {
  if (typeof text !== 'string') return { signature: '', error: 'is not a string' };
  try {
    return { signature: argumentSignature(parseMessage(text).argumentUses) };
  } catch (error) {
    return { signature: '', error: `is not valid ICU MessageFormat (${(error as Error).message})` };
  }
}

export interface LanguageCoverage {
  language: string;
  translated: number;
  total: number;
  /** Keys a native speaker should still review (`_review.json`). */
  toReview: number;
}

/** Every problem in the catalogues, and each language's coverage of the English keys. */
export function checkCatalogues(): { problems: CatalogueProblem[]; coverage: LanguageCoverage[] } {
  const problems: CatalogueProblem[] = [];
  const english = catalogueOf('en');
  const englishSignatures = new Map<string, string>();
  for (const [key, text] of Object.entries(english)) {
    const { signature, error } = checkMessage(text);
    if (error) problems.push({ language: 'en', key, problem: error });
    englishSignatures.set(key, signature);
  }
  const coverage: LanguageCoverage[] = [];
  for (const language of INTERFACE_LANGUAGES) {
    const areas = readCatalogueAreas(language);
    if (areas.size === 0) {
      problems.push({ language, key: '*', problem: `has no catalogue in locales/${language}/` });
    }
    const merged = new Map<string, unknown>();
    for (const [area, messages] of areas) {
      for (const [key, text] of Object.entries(messages)) {
        if (merged.has(key)) problems.push({ language, key, problem: `is in two files (${area})` });
        merged.set(key, text);
      }
    }
    let translated = 0;
    for (const [key, expected] of englishSignatures) {
      if (!merged.has(key)) {
        if (language !== 'en') problems.push({ language, key, problem: 'is missing' });
        continue;
      }
      translated++;
      if (language === 'en') continue;
      const { signature, error } = checkMessage(merged.get(key));
      if (error) problems.push({ language, key, problem: error });
      else if (signature !== expected) {
        problems.push({
          language,
          key,
          problem: `has placeholders "${signature}" where English has "${expected}"`,
        });
      }
    }
    for (const key of merged.keys()) {
      if (!englishSignatures.has(key)) {
        problems.push({ language, key, problem: 'is not an English key (renamed or removed?)' });
      }
    }
    const review = readReviewNotes(language);
    for (const key of Object.keys(review)) {
      if (!englishSignatures.has(key)) {
        problems.push({ language, key, problem: 'is marked for review but is not a key' });
      }
    }
    coverage.push({
      language,
      translated,
      total: englishSignatures.size,
      toReview: Object.keys(review).length,
    });
  }
  return { problems, coverage };
}

/** `locales/<language>/_review.json`: key → what a reviewer should check. */
export function readReviewNotes(language: string): Record<string, string> {
  const file = path.join(LOCALES_DIR, language, '_review.json');
  if (!fs.existsSync(file)) return {};
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
}

export function formatCoverage(coverage: LanguageCoverage[]): string {
  const lines = coverage.map(({ language, translated, total, toReview }) => {
    const share = total === 0 ? 100 : Math.floor((translated / total) * 1000) / 10;
    return `  ${language.padEnd(4)} ${String(share).padStart(5)}%  ${translated}/${total} messages, ${toReview} marked for review`;
  });
  return ['Catalogue coverage:', ...lines].join('\n');
}
