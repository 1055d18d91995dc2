import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getTranslator } from '../../lib/i18n/translator.ts';
import {
  auditSummary,
  auditSummaryText,
  decodeAuditSummary,
  encodeAuditSummary,
} from './audit-summary.ts';

describe('audit summaries', () => {
  it('are stored as codes and read back in words', () => {
    const stored = encodeAuditSummary(
      auditSummary('audit.userInvited', { email: 'newt@example.org', role: 'editor' }),
    );
    assert.deepEqual(decodeAuditSummary(stored), {
      key: 'audit.userInvited',
      params: { email: 'newt@example.org', role: 'editor' },
    });
    assert.equal(auditSummaryText(stored), 'Invited newt@example.org as editor');
    assert.equal(
      auditSummaryText(encodeAuditSummary(auditSummary('audit.logoRemoved'))),
      'Removed the logo',
    );
  });

  it('count as the reader’s language counts', () => {
    const stored = encodeAuditSummary(
      auditSummary('audit.removedForGood', { items: 1, uploads: 3 }),
    );
    assert.equal(auditSummaryText(stored), 'Removed 1 item and 3 uploads for good');
    assert.match(auditSummaryText(stored, getTranslator('ne')), /१.*३/);
  });

  it('show the words of entries written before the codes, and of anything else, as written', () => {
    for (const old of [
      'Signed in from 10.0.0.1',
      '{"key":"audit.noSuchKey"}',
      '{"key":"problem.notAllowed"}',
      '{"key":"audit.signedIn","params":{"address":{"nested":1}}}',
      '{"key":"audit.signedIn",',
    ]) {
      assert.equal(auditSummaryText(old), old);
    }
  });
});
