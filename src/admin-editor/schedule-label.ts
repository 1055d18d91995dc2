/// <reference lib="dom" />
import { pageLocale, say } from './editor-words.ts';

/**
 * Rewords the approve button as the publish date changes, before anything is saved: "Schedule
 * for 12 Feb 2021, 08:30 Kathmandu time" for a date still to come, else "Approve and publish".
 * The server words it the same way when it draws the page (approveButtonLabel); this repeats
 * the rule so the button never promises what the last save said. The date is typed on the
 * editor's own wall clock, so it is shown as typed and only "now" needs their zone.
 */

/** `YYYY-MM-DDTHH:MM` now, on the wall clock of `zone`. */
function wallClockNow(zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((each) => each.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/**
 * "12 Feb 2021, 08:30" as the server writes it in English (en-GB: day first, a 24-hour
 * clock); in another language, that language's way.
 */
function wallClockWords(value: string): string {
  const locale = pageLocale();
  return new Intl.DateTimeFormat(/^en\b/.test(locale) ? 'en-GB' : locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(new Date(`${value.slice(0, 16)}:00Z`));
}

export function approveLabelFor(value: string, zone: string, zoneWording: string): string {
  const isToCome =
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && value.slice(0, 16) > wallClockNow(zone);
  return isToCome
    ? say('editor.schedule.scheduleFor', { date: wallClockWords(value), zone: zoneWording })
    : say('editor.schedule.publishNow');
}

export function startScheduleLabel(form: HTMLFormElement): void {
  const button = document.querySelector<HTMLButtonElement>(
    `button[data-approve-button][form="${form.id}"], form#${form.id} button[data-approve-button]`,
  );
  const date = form.elements.namedItem('publishedAt');
  const { timeZone, zoneWording } = button?.dataset ?? {};
  if (!button || !(date instanceof HTMLInputElement) || !timeZone || !zoneWording) return;
  date.addEventListener('input', () => {
    button.textContent = approveLabelFor(date.value, timeZone, zoneWording);
  });
}
