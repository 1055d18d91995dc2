import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { specOf } from './archive-format.ts';
import { parseRowLine } from './restore-table.ts';

describe('reading an archive line', () => {
  const token = {
    id: 't1',
    user_id: 'u1',
    name: 'Sync',
    token_hash: 'a'.repeat(64),
    created_at: '2024-01-01T00:00:00.000Z',
    last_used_at: null,
  };

  it('hardening 14: restores a token from an archive written before tokens could expire, as never expiring', () => {
    assert.deepEqual(parseRowLine(JSON.stringify(token), specOf('api_tokens')), {
      ...token,
      expires_at: null,
    });
    const expiring = { ...token, expires_at: '2025-01-01T00:00:00.000Z' };
    assert.deepEqual(parseRowLine(JSON.stringify(expiring), specOf('api_tokens')), expiring);
  });

  it('still refuses a line that lacks a column archives always had', () => {
    const { name: _name, ...nameless } = token;
    assert.equal(
      parseRowLine(JSON.stringify(nameless), specOf('api_tokens')),
      'missing column name',
    );
  });
});
