import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkCatalogues,
  findKeysInCode,
  formatCoverage,
} from '../../scripts/i18n/catalogue-report.ts';
import { catalogueOf } from '../../src/lib/i18n/catalogues.ts';
import { INTERFACE_LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { PROJECT_ROOT } from '../../src/lib/project-root.ts';

describe('interface catalogues', () => {
  const english = catalogueOf('en');
  const keys = findKeysInCode(PROJECT_ROOT);

  it('hold every key the code names, and nothing the code does not', () => {
    const missing = [...keys.literal.keys()].filter((key) => !Object.hasOwn(english, key));
    assert.deepEqual(missing, [], 'keys used in the code but missing from locales/en');
    const unused = Object.keys(english).filter(
      (key) =>
        !keys.literal.has(key) && ![...keys.prefixes].some((prefix) => key.startsWith(prefix)),
    );
    assert.deepEqual(unused, [], 'keys in locales/en that no code uses');
  });

  it('are complete in every language, with valid ICU syntax and English’s placeholders', (t) => {
    const { problems, coverage } = checkCatalogues();
    t.diagnostic(formatCoverage(coverage));
    assert.deepEqual(
      problems.map(({ language, key, problem }) => `${language}: "${key}" ${problem}`),
      [],
    );
  });

  it('name the email share link with its visible word, as a word (axe: label-content-name-mismatch)', () => {
    for (const language of INTERFACE_LANGUAGES) {
      const words = catalogueOf(language);
      const visible = words['share.email'] ?? '';
      const label = words['share.byEmail'] ?? '';
      assert.match(label, new RegExp(`(^|\\s)${visible}(\\s|$)`, 'iu'), language);
    }
  });
});
