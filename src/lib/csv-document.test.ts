import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { writeCsv } from './csv-document.ts';

it('hardening 11: writes text that a spreadsheet would run as a formula as text, numbers as numbers', async () => {
  const rows = [
    { text: '=HYPERLINK("http://evil.test","x")', number: -5 },
    { text: '+1+1', number: 0 },
    { text: "-2+3+cmd|' /C calc'!A0", number: 1.5 },
    { text: '@SUM(1,2)', number: null },
    { text: '\tindented', number: 7 },
    { text: '\rreturn', number: 8 },
    { text: 'plain = text, with @ and - inside', number: 9 },
  ];
  const csv = await writeCsv(rows, ['text', 'number']);
  const cells = parseCsv(csv, { columns: true }) as { text: string; number: string }[];
  assert.deepEqual(
    cells.map((cell) => cell.text),
    [
      '\'=HYPERLINK("http://evil.test","x")',
      "'+1+1",
      "'-2+3+cmd|' /C calc'!A0",
      "'@SUM(1,2)",
      "'\tindented",
      "'\rreturn",
      'plain = text, with @ and - inside',
    ],
  );
  // A number is a value, never a formula: -5 stays -5 for those who compute with the file.
  assert.deepEqual(
    cells.map((cell) => cell.number),
    ['-5', '0', '1.5', '', '7', '8', '9'],
  );
  assert.match(csv, /^text,number\r\n/);
});
