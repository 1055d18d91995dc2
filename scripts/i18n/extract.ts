// `npm run i18n:extract`: finds every message key the code uses and checks the catalogues
// against it. Prints keys the code uses that English lacks and English keys nothing uses
// (either exits 1: a catalogue holds exactly what the code says), the problems in each language's catalogue (exit 1), and coverage per language.
// `--json` prints the keys in use instead, sorted, for translation tools.
import { catalogueOf } from '../../src/lib/i18n/catalogues.ts';
import { PROJECT_ROOT } from '../../src/lib/project-root.ts';
import { checkCatalogues, findKeysInCode, formatCoverage } from './catalogue-report.ts';

const keys = findKeysInCode(PROJECT_ROOT);
const english = catalogueOf('en');

if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify(
      { keys: [...keys.literal.keys()].sort(), prefixes: [...keys.prefixes].sort() },
      null,
      2,
    ),
  );
  process.exit(0);
}

const missing = [...keys.literal].filter(([key]) => !Object.hasOwn(english, key));
const unused = Object.keys(english).filter(
  (key) => !keys.literal.has(key) && ![...keys.prefixes].some((prefix) => key.startsWith(prefix)),
);
const { problems, coverage } = checkCatalogues();

console.log(
  `${keys.literal.size} keys named in the code, ${keys.prefixes.size} computed prefixes.`,
);
for (const [key, file] of missing) console.log(`missing from locales/en: ${key} (${file})`);
for (const key of unused) console.log(`unused: ${key}`);
for (const { language, key, problem } of problems) console.log(`${language}: "${key}" ${problem}`);
console.log(formatCoverage(coverage));
process.exit(missing.length > 0 || unused.length > 0 || problems.length > 0 ? 1 : 0);
