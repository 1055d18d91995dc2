import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Validates IATI activity files against the standard's 2.03 schema (test/fixtures/iati) with
 * xmllint from Debian's libxml2-utils. Without xmllint the tests that need it are skipped with
 * a reason, except in CI (`CI=true`), where its absence fails them.
 */

const run = promisify(execFile);
const schemaPath = path.resolve(import.meta.dirname, '../fixtures/iati/iati-activities-schema.xsd');

async function hasXmllint(): Promise<boolean> {
  try {
    await run('xmllint', ['--version']);
    return true;
  } catch {
    return false;
  }
}

const isXmllintAvailable = await hasXmllint();

/** Why the schema tests are skipped, or false when they run. */
export const xmllintSkipReason: string | false = isXmllintAvailable
  ? false
  : 'IATI schema check skipped: no `xmllint` on PATH (install libxml2-utils)';

if (!isXmllintAvailable) {
  if (process.env.CI === 'true') {
    throw new Error('CI=true but there is no `xmllint` to check the IATI export (libxml2-utils).');
  }
  console.log(`# ${xmllintSkipReason}`);
}

/** xmllint's complaints about `xml` (empty when it is valid against the activity schema). */
export async function iatiSchemaErrors(xml: string): Promise<string> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-iati-'));
  const file = path.join(directory, 'activities.xml');
  try {
    fs.writeFileSync(file, xml);
    // --nonet: the schema and everything it imports are local files.
    await run('xmllint', ['--noout', '--nonet', '--schema', schemaPath, file]);
    return '';
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    return stderr || message;
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}
