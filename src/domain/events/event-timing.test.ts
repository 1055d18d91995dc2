import assert from 'node:assert/strict';
import { it } from 'node:test';
import { hasEventEnded } from './event-timing.ts';

const NOW = '2024-06-01T12:00:00.000Z';

it('counts an event as upcoming until its end, and over from then on', () => {
  const underWay = { startsAt: '2024-06-01T11:00:00.000Z', endsAt: '2024-06-01T13:00:00.000Z' };
  assert.equal(hasEventEnded(underWay, NOW), false);
  assert.equal(hasEventEnded({ ...underWay, endsAt: NOW }, NOW), true);
  assert.equal(hasEventEnded({ ...underWay, endsAt: '2024-05-31T13:00:00.000Z' }, NOW), true);
});

it('takes the start of an event with no end as its end', () => {
  assert.equal(hasEventEnded({ startsAt: '2024-06-01T11:59:00.000Z', endsAt: null }, NOW), true);
  assert.equal(hasEventEnded({ startsAt: '2024-06-01T12:01:00.000Z', endsAt: null }, NOW), false);
  assert.equal(hasEventEnded({ startsAt: null, endsAt: null }, NOW), false);
});
