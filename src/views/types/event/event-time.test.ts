import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatShortStart,
  isSameLocalDay,
  utcOffsetLabel,
  zoneAbbreviation,
  zoneAtInstant,
  zoneLabel,
} from './event-time.ts';

describe('event times in the organiser’s zone', () => {
  it('writes UTC offsets with a true minus sign, quarter hours included', () => {
    assert.equal(utcOffsetLabel('2021-05-12T12:30:00.000Z', 'America/New_York'), 'UTC−04:00');
    assert.equal(utcOffsetLabel('2021-01-12T12:30:00.000Z', 'America/New_York'), 'UTC−05:00');
    assert.equal(utcOffsetLabel('2021-05-01T04:15:00.000Z', 'Asia/Kathmandu'), 'UTC+05:45');
    assert.equal(utcOffsetLabel('2021-05-01T04:15:00.000Z', 'America/St_Johns'), 'UTC−02:30');
    assert.equal(utcOffsetLabel('2021-05-01T04:15:00.000Z', 'UTC'), 'UTC+00:00');
  });

  it('names a zone by its abbreviation only where the locale has one', () => {
    assert.equal(zoneAbbreviation('2021-05-12T12:30:00.000Z', 'America/New_York', 'en'), 'EDT');
    assert.equal(zoneAbbreviation('2021-05-01T04:15:00.000Z', 'Asia/Kathmandu', 'en'), null);
    assert.equal(zoneAtInstant('2021-05-01T04:15:00.000Z', 'Asia/Kathmandu', 'en'), '(UTC+05:45)');
    assert.equal(zoneLabel('Asia/Kathmandu'), 'Asia/Kathmandu');
    assert.equal(zoneLabel('UTC'), null);
  });

  it('gives a teaser’s start with its zone', () => {
    assert.equal(
      formatShortStart('2021-05-12T12:30:00.000Z', 'America/New_York', 'en'),
      'Wed, May 12, 2021, 08:30 EDT (UTC−04:00)',
    );
  });

  it('reckons days in the organiser’s zone, not in UTC', () => {
    // 20:00 and 23:00 in New York are the same day there, not in UTC.
    assert.ok(
      isSameLocalDay('2021-05-13T00:00:00.000Z', '2021-05-13T03:00:00.000Z', 'America/New_York'),
    );
    assert.ok(
      !isSameLocalDay('2021-05-13T03:00:00.000Z', '2021-05-13T05:00:00.000Z', 'America/New_York'),
    );
  });
});
