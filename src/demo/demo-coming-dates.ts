import { DateTime } from 'luxon';

/**
 * Dates that stay ahead of whoever loads the demo. The demo is the site as it stood in spring
 * 2021, but an event that takes registrations and a call to action that takes signatures must
 * be still to come, or their forms would show as closed; so these two are dated from the day
 * the demo is loaded, not fixed.
 */

/** The organiser's wall clock (`YYYY-MM-DDTHH:MM`) `days` after today in `zone`, at `time`. */
export function wallClockInDays(days: number, time: string, zone: string): string {
  return `${DateTime.now().setZone(zone).plus({ days }).toFormat('yyyy-MM-dd')}T${time}`;
}

/** The UTC calendar day (`YYYY-MM-DD`) `days` after today: a call to action's deadline. */
export function calendarDayInDays(days: number): string {
  return DateTime.utc().plus({ days }).toFormat('yyyy-MM-dd');
}
