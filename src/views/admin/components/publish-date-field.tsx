import { currentTimestamp } from '../../../lib/time.ts';
import { formatInZone, instantOfWallClock, zoneWording } from '../../../lib/zoned-time.ts';
import { TextField } from './form-fields.tsx';

/**
 * The item's one publish date: a `datetime-local` on the editor's own wall clock, read in
 * their zone when it arrives (content-form-input.ts) and stored in UTC.
 */
export function PublishDateField({
  formId,
  value,
  timeZone,
  error,
}: {
  formId: string;
  /** `YYYY-MM-DDTHH:MM` in `timeZone`, or empty. */
  value: string;
  timeZone: string;
  error?: string;
}) {
  return (
    <TextField
      formId={formId}
      name="publishedAt"
      type="datetime-local"
      label="Publish date"
      hint={`In ${zoneWording(timeZone)}, your time zone (change it under Your account). Optional: approval publishes now when it is empty; a later date schedules it.`}
      value={value}
      error={error}
    />
  );
}

/**
 * What the approve button will do, in words: "Schedule for 12 Feb 2021, 08:30 Kathmandu
 * time" when the publish date is still to come, else "Approve and publish".
 */
export function approveButtonLabel(
  publishedAt: string,
  timeZone: string,
  now: string = currentTimestamp(),
): string {
  const instant = publishedAt ? instantOfWallClock(publishedAt, timeZone) : null;
  return instant && instant > now
    ? `Schedule for ${formatInZone(instant, timeZone)}`
    : 'Approve and publish';
}
