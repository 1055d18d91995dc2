import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SITE_TIME_ZONE } from '../../lib/time.ts';
import { defaultTimeZone, timeZoneChoices, timeZoneSettingSchema } from './time-zones.ts';

const country = (slug: string, position: number) => ({ slug, name: slug, position });

describe('a person’s time zone', () => {
  it('defaults to their first country’s zone, in the site’s order of countries', () => {
    assert.equal(defaultTimeZone([country('nepal', 1)]), 'Asia/Kathmandu');
    assert.equal(defaultTimeZone([country('philippines', 1)]), 'Asia/Manila');
    assert.equal(defaultTimeZone([country('cambodia', 2), country('india', 1)]), 'Asia/Kolkata');
    // A country without a known zone is passed over; nobody's is the site's.
    assert.equal(defaultTimeZone([country('narnia', 1), country('bangladesh', 2)]), 'Asia/Dhaka');
    assert.equal(defaultTimeZone([]), SITE_TIME_ZONE);
  });

  it('offers the network’s zones first, each zone once', () => {
    const { nearby, elsewhere } = timeZoneChoices();
    assert.deepEqual(nearby.slice(0, 6), [
      'Asia/Kolkata',
      'Asia/Kathmandu',
      'Asia/Dhaka',
      'Asia/Phnom_Penh',
      'Asia/Jakarta',
      'Asia/Manila',
    ]);
    assert.ok(nearby.includes('UTC'));
    assert.ok(elsewhere.includes('Europe/Brussels'));
    // ICU's older names of the same zones are not offered a second time.
    assert.ok(!elsewhere.includes('Asia/Calcutta') && !elsewhere.includes('Asia/Katmandu'));
  });

  it('accepts an offered zone or none, and refuses anything else', () => {
    assert.equal(timeZoneSettingSchema.parse('Asia/Manila'), 'Asia/Manila');
    assert.equal(timeZoneSettingSchema.parse(''), null);
    for (const zone of ['Mars/Olympus_Mons', 'asia/manila', 'UTC+5']) {
      const result = timeZoneSettingSchema.safeParse(zone);
      assert.equal(result.success, false, zone);
      assert.equal(result.error?.issues[0]?.message, 'problem.timeZone');
    }
  });
});
