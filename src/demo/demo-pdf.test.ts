import assert from 'node:assert/strict';
import { it } from 'node:test';
import { makeSimplePdf } from './demo-pdf.ts';

it('makes a PDF whose cross-reference table points at each of its objects', () => {
  const pdf = makeSimplePdf({
    title: 'L’égalité de genre (guide)',
    lines: ['Première ligne', 'back\\slash'],
    language: 'fr',
  });
  const text = pdf.toString('latin1');
  assert.ok(text.startsWith('%PDF-1.4\n'));
  assert.ok(text.endsWith('%%EOF\n'));
  const startXref = Number(/startxref\n(\d+)\n/.exec(text)?.[1]);
  assert.equal(text.slice(startXref, startXref + 4), 'xref');
  const offsets = [...text.slice(startXref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) =>
    Number(match[1]),
  );
  assert.equal(offsets.length, 6);
  offsets.forEach((offset, index) => {
    assert.equal(text.slice(offset, offset + `${index + 1} 0 obj`.length), `${index + 1} 0 obj`);
  });
  // Parentheses and backslashes escaped, accents and curly quotes as WinAnsi codes.
  assert.match(text, /\(L\\222\\351galit\\351 de genre \\\(guide\\\)\) Tj/);
  assert.match(text, /\(back\\\\slash\) Tj/);
  const length = Number(/\/Length (\d+)/.exec(text)?.[1]);
  const stream = /stream\n([\s\S]*?)\nendstream/.exec(text)?.[1] ?? '';
  assert.equal(stream.length, length);
  assert.match(text, /\/Lang \(fr\)/);
});
