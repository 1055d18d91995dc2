import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { approveButtonLabel } from './publish-date-field.tsx';

const NOW = '2021-02-01T00:00:00.000Z';

describe('the approve button’s words', () => {
  it('says when it will publish a future date, in the editor’s zone', () => {
    assert.equal(
      approveButtonLabel('2021-02-12T08:30', 'Asia/Kathmandu', { now: NOW }),
      'Schedule for 12 Feb 2021, 08:30 Kathmandu time',
    );
    assert.equal(
      approveButtonLabel('2021-02-12T08:30', 'Asia/Phnom_Penh', { now: NOW }),
      'Schedule for 12 Feb 2021, 08:30 Phnom Penh time',
    );
  });

  it('publishes now without a date, with a past one, or with one it cannot read', () => {
    for (const date of ['', '2021-01-12T08:30', 'soon']) {
      assert.equal(
        approveButtonLabel(date, 'Asia/Kathmandu', { now: NOW }),
        'Approve and publish',
        date,
      );
    }
  });
});
