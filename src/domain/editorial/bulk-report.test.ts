import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { it } from 'node:test';
import { problem } from '../../lib/problems.ts';
import { MAX_BULK_ITEMS } from './bulk-actions.ts';
import { BULK_REPORT_LIFETIME_MS, openBulkReport, sealBulkReport } from './bulk-report.ts';

const SECRET = 'the session secret';
const NOW = Date.parse('2021-02-12T03:00:00Z');

it('carries the largest report in an address that every proxy passes', () => {
  const half = MAX_BULK_ITEMS / 2;
  const outcome = {
    action: 'approve' as const,
    done: Array.from({ length: half }, () => ({ id: randomUUID(), title: 'A title' })),
    refused: Array.from({ length: half }, (_, index) => ({
      id: randomUUID(),
      title: null,
      reason:
        index % 2
          ? problem('problem.cannotApproveItem')
          : problem('problem.noSuchRevision', { number: index }),
    })),
  };
  const token = sealBulkReport(SECRET, outcome, { back: '/admin?status=review', now: NOW });
  // Well inside the 8 kB request line that common proxies (nginx) accept.
  assert.ok(token.length < 3000, `${token.length} characters`);
  assert.deepEqual(openBulkReport(SECRET, token, NOW + 1000), {
    action: 'approve',
    at: NOW,
    back: '/admin?status=review',
    done: outcome.done.map((item) => item.id),
    refused: outcome.refused.map((item) => ({ id: item.id, reason: item.reason })),
  });
});

it('opens a report only for its session, unaltered, while it lasts', () => {
  const outcome = {
    action: 'trash' as const,
    done: [{ id: randomUUID(), title: 'A' }],
    refused: [],
  };
  const token = sealBulkReport(SECRET, outcome, { back: '/admin', now: NOW });
  assert.ok(openBulkReport(SECRET, token, NOW + BULK_REPORT_LIFETIME_MS));
  assert.equal(openBulkReport(SECRET, token, NOW + BULK_REPORT_LIFETIME_MS + 1), undefined);
  assert.equal(openBulkReport(SECRET, token, NOW - 60_000), undefined, 'not from the future');
  assert.equal(openBulkReport('another session', token, NOW), undefined);
  const [payload = '', signature = ''] = token.split('.');
  // Another report's payload under this one's signature.
  const other = { ...outcome, done: [{ id: randomUUID(), title: 'B' }] };
  const forged = sealBulkReport(SECRET, other, { back: '/admin', now: NOW }).split('.')[0];
  assert.equal(openBulkReport(SECRET, `${forged}.${signature}`, NOW), undefined);
  assert.equal(openBulkReport(SECRET, `${payload.slice(1)}.${signature}`, NOW), undefined);
  assert.equal(openBulkReport(SECRET, '', NOW), undefined);
  assert.equal(openBulkReport(SECRET, 'x'.repeat(20_000), NOW), undefined);
});
