import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatInZone,
  instantOfWallClock,
  wallClockInZone,
  zoneCity,
  zoneWording,
} from './zoned-time.ts';

describe('times in a person’s zone', () => {
  it('names a zone by its city, underscores as spaces, and UTC as UTC', () => {
    assert.equal(zoneCity('Asia/Kathmandu'), 'Kathmandu');
    assert.equal(zoneCity('Asia/Phnom_Penh'), 'Phnom Penh');
    assert.equal(zoneCity('America/Argentina/Buenos_Aires'), 'Buenos Aires');
    assert.equal(zoneWording('Asia/Manila'), 'Manila time');
    assert.equal(zoneWording('UTC'), 'UTC');
    assert.equal(zoneWording('Etc/UTC'), 'UTC');
  });

  it('shows an instant on the zone’s clock, with the zone named', () => {
    assert.equal(
      formatInZone('2021-02-12T02:45:00.000Z', 'Asia/Kathmandu'),
      '12 Feb 2021, 08:30 Kathmandu time',
    );
    // The day changes with the zone: 20:00 UTC is already the next morning in Manila.
    assert.equal(
      formatInZone('2021-02-11T20:00:00.000Z', 'Asia/Manila'),
      '12 Feb 2021, 04:00 Manila time',
    );
    assert.equal(formatInZone('2021-02-12T02:45:00.000Z', 'UTC'), '12 Feb 2021, 02:45 UTC');
  });

  it('turns a wall-clock time in a zone into UTC and back', () => {
    assert.equal(
      instantOfWallClock('2021-02-12T08:30', 'Asia/Kathmandu'),
      '2021-02-12T02:45:00.000Z',
    );
    assert.equal(
      instantOfWallClock('2021-02-12T08:30', 'Asia/Kolkata'),
      '2021-02-12T03:00:00.000Z',
    );
    assert.equal(wallClockInZone('2021-02-12T02:45:00.000Z', 'Asia/Kathmandu'), '2021-02-12T08:30');
    // Summer time: 08:30 in New York in May is 12:30 UTC.
    assert.equal(
      instantOfWallClock('2021-05-12T08:30:00', 'America/New_York'),
      '2021-05-12T12:30:00.000Z',
    );
  });

  it('refuses what is not a real date and time', () => {
    assert.equal(instantOfWallClock('2021-02-30T08:30', 'Asia/Kathmandu'), null);
    assert.equal(instantOfWallClock('tomorrow', 'Asia/Kathmandu'), null);
    assert.equal(instantOfWallClock('2021-02-12T08:30', 'Mars/Olympus_Mons'), null);
  });
});
