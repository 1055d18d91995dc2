import { getTranslator, type Translator } from '../../../lib/i18n/translator.ts';
import { currentTimestamp } from '../../../lib/time.ts';
import { instantOfWallClock } from '../../../lib/zoned-time.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { formatAdminTime, zoneWordingIn } from './admin-time.tsx';
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
  const i18n = useAdminI18n();
  return (
    <TextField
      formId={formId}
      name="publishedAt"
      type="datetime-local"
      label={i18n.t('admin.edit.field.publishedAt')}
      hint={i18n.t('admin.edit.field.publishedAt.hint', { zone: zoneWordingIn(timeZone, i18n) })}
      value={value}
      error={error}
    />
  );
}

/**
 * What the approve button will do, in words: "Schedule for 12 Feb 2021, 08:30 Kathmandu
 * time" when the publish date is still to come, else "Approve and publish". English unless
 * a translator is given (the editor's script words it the same way in English).
 */
export function approveButtonLabel(
  publishedAt: string,
  timeZone: string,
  {
    i18n = getTranslator('en'),
    now = currentTimestamp(),
  }: { i18n?: Translator; now?: string } = {},
): string {
  const instant = publishedAt ? instantOfWallClock(publishedAt, timeZone) : null;
  return instant && instant > now
    ? i18n.t('admin.workflow.schedule', { time: formatAdminTime(instant, timeZone, i18n) })
    : i18n.t('admin.workflow.approve');
}
