import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { jsonErrorReason, locateJsonError } from './json-error-location.ts';

function reasonOf(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonErrorReason(error);
  }
  return assert.fail('expected invalid JSON');
}

describe('locateJsonError', () => {
  it('finds nothing wrong in valid JSON', () => {
    assert.equal(locateJsonError('{"a": [1, -2.5e3, true, null, "x\\u00e9\\n"], "b": {}}'), null);
  });

  it('points at the character that breaks the grammar', () => {
    assert.deepEqual(locateJsonError('{\n  "a": 1,\n  "b": }'), { line: 3, column: 8 });
    assert.deepEqual(locateJsonError('[1, 2'), { line: 1, column: 6 });
    assert.deepEqual(locateJsonError('{"a": "नेपाल\n"}'), { line: 1, column: 13 });
    assert.deepEqual(locateJsonError('{"a": 1} x'), { line: 1, column: 10 });
  });

  it('keeps the reason but not the position or the echoed text', () => {
    assert.equal(reasonOf('{"a": }'), "Unexpected token '}'");
    assert.equal(reasonOf('[1, 2'), "Expected ',' or ']' after array element");
    assert.equal(reasonOf(''), 'Unexpected end of JSON input');
  });
});
