import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ValidationError } from '../../lib/errors.ts';
import { IMPORT_MAX_ROWS, parseSubscriberCsv, subscribersCsv } from './subscriber-csv.ts';

const NOW = new Date('2025-03-08T06:30:00.000Z');
const defaults = { language: 'en' };

function csv(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await parseSubscriberCsv(bytes, defaults, NOW);
  } catch (error) {
    assert.ok(error instanceof ValidationError, String(error));
    return error.problem.key;
  }
  assert.fail('the file was accepted');
}

describe('subscriber CSV import', () => {
  it('reads good lines and names each bad one by its line in the file', async () => {
    const file = csv(
      [
        'Email,Consent_At,consent_text,countries,frequency,language,name',
        'Asha@Example.org,2024-02-01,"I agree, send news",nepal|india,weekly,ne,Asha',
        '',
        'no-consent@example.org,2024-02-01,,,,,',
        'not an address,2024-02-01,I agree,,,,',
        'multi@example.org,2024-02-01,"two',
        'lines",,,,',
        'asha@example.org,2024-02-02,again,,,,',
        'future@example.org,2099-01-01,I agree,,,,',
        'nodate@example.org,last week,I agree,,,,',
        'lang@example.org,2024-02-01T10:00:00+05:45,I agree,,instant,fr,',
      ].join('\r\n'),
    );
    const parsed = await parseSubscriberCsv(file, defaults, NOW);
    assert.deepEqual(
      parsed.lines.map((line) => [line.line, line.email]),
      [
        [2, 'asha@example.org'],
        [6, 'multi@example.org'],
      ],
    );
    const [asha, multi] = parsed.lines;
    assert.deepEqual(asha?.countries, ['nepal', 'india']);
    assert.equal(asha?.frequency, 'weekly');
    assert.equal(asha?.language, 'ne');
    assert.equal(asha?.consentAt, '2024-02-01T00:00:00.000Z');
    assert.equal(asha?.consentText, 'I agree, send news');
    assert.equal(multi?.consentText, 'two\nlines');
    assert.equal(multi?.frequency, 'instant');
    assert.equal(multi?.language, 'en', "the site's language when the line names none");
    assert.deepEqual(
      parsed.problems.map((entry) => [entry.line, entry.problem.key]),
      [
        [4, 'admin.subscribers.import.problem.consentTextMissing'],
        [5, 'admin.subscribers.import.problem.email'],
        [8, 'admin.subscribers.import.problem.duplicate'],
        [9, 'admin.subscribers.import.problem.consentAtFuture'],
        [10, 'admin.subscribers.import.problem.consentAtFormat'],
        [11, 'admin.subscribers.import.problem.language'],
      ],
    );
    assert.deepEqual(parsed.problems[2]?.problem.params, { line: 2 });
  });

  it('accepts a byte-order mark and gives back cells this site neutralised on export', async () => {
    const file = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      csv("email,consent_at,consent_text\r\nx@example.org,2024-01-01,'=Agreed at the rally\r\n"),
    ]);
    const parsed = await parseSubscriberCsv(file, defaults, NOW);
    assert.equal(parsed.problems.length, 0);
    assert.equal(parsed.lines[0]?.consentText, '=Agreed at the rally');
  });

  it('refuses a file that is not UTF-8, not CSV, empty, too long or lacks a column', async () => {
    const latin1 = Buffer.from(
      'email,consent_at,consent_text\nj\xe9r\xf4me@example.org,2024-01-01,oui\n',
      'latin1',
    );
    assert.equal(await refusal(latin1), 'admin.subscribers.import.problem.notUtf8');
    const utf16 = Buffer.from('\ufeffemail,consent_at,consent_text\n', 'utf16le');
    assert.equal(await refusal(utf16), 'admin.subscribers.import.problem.notUtf8');
    assert.equal(
      await refusal(csv('email,consent_at,consent_text\n"a@example.org,2024-01-01,open quote\n')),
      'admin.subscribers.import.problem.notCsv',
    );
    assert.equal(await refusal(csv('\r\n\r\n')), 'admin.subscribers.import.problem.empty');
    assert.equal(
      await refusal(csv('email,consent\na@example.org,yes\n')),
      'admin.subscribers.import.problem.missingColumns',
    );
    const tooMany = `email,consent_at,consent_text\n${'a@example.org,2024-01-01,x\n'.repeat(IMPORT_MAX_ROWS + 1)}`;
    assert.equal(await refusal(csv(tooMany)), 'admin.subscribers.import.problem.tooManyRows');
    assert.equal(
      await refusal(Buffer.alloc(6 * 1024 * 1024, 'a')),
      'admin.subscribers.import.problem.tooLarge',
    );
  });

  it('writes formulas as text in an export', async () => {
    const text = await subscribersCsv([
      {
        email: 'x@example.org',
        status: 'confirmed',
        frequency: 'instant',
        language: 'en',
        countries: '',
        themes: '',
        languages: '',
        created_at: '2024-01-01T00:00:00.000Z',
        confirmed_at: null,
        consent_at: '2024-01-01T00:00:00.000Z',
        consent_source: 'form',
        consent_text: '=HYPERLINK("http://evil.example","click")',
      },
    ]);
    assert.match(text, /^email,status,frequency,language,countries,themes,languages,/);
    assert.match(text, /,"'=HYPERLINK\(""http:\/\/evil\.example"",""click""\)"\r\n$/);
  });
});
