import type { RegistrationStatus } from '../../../domain/registrations/registration-service.ts';
import {
  MAX_BODY_LENGTH,
  MAX_SUBJECT_LENGTH,
} from '../../../domain/registrations/event-messages.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { CsrfField } from '../admin-layout.tsx';
import { ErrorSummary, SelectField, TextAreaField, TextField } from './form-fields.tsx';

/** What the "write to registrants" form shows: what was typed, and why it was refused. */
export interface MessageFormState {
  values: { subject: string; body: string; kind: string };
  refusal?: { message: string; errors: Record<string, string> };
}

export const MESSAGE_FORM_ID = 'message';

/**
 * The form that writes to an event's registrants. The recording or slides are offered only
 * once the event has ended; the button says how many people a message reaches.
 */
export function RegistrationMessageForm(props: {
  eventId: string;
  csrfToken: string;
  hasEnded: boolean;
  counts: Record<RegistrationStatus, number>;
  state: MessageFormState;
}) {
  const { t } = useAdminI18n();
  const { values, refusal } = props.state;
  const errors = refusal?.errors ?? {};
  const labels = {
    subject: t('admin.registrations.message.subject'),
    body: t('admin.registrations.message.body'),
    kind: t('admin.registrations.message.kind'),
  };
  const { confirmed, waiting } = props.counts;
  return (
    <section aria-labelledby="registration-message">
      <h2 id="registration-message">{t('admin.registrations.message.title')}</h2>
      {refusal && (
        <ErrorSummary
          formId={MESSAGE_FORM_ID}
          message={refusal.message}
          errors={errors}
          labels={labels}
        />
      )}
      <p class="hint">
        {t('admin.registrations.message.reach', { confirmed, waiting })}
        {props.hasEnded && <> {t('admin.registrations.message.reachRecording', { confirmed })}</>}
      </p>
      <form method="post" action={`/admin/events/${props.eventId}/messages`} novalidate>
        <CsrfField token={props.csrfToken} />
        {props.hasEnded ? (
          <SelectField
            formId={MESSAGE_FORM_ID}
            name="kind"
            label={labels.kind}
            value={values.kind}
            error={errors.kind}
            options={[
              { value: 'message', label: t('admin.registrations.message.kind.message') },
              { value: 'recording', label: t('admin.registrations.message.kind.recording') },
            ]}
          />
        ) : (
          <input type="hidden" name="kind" value="message" />
        )}
        <TextField
          formId={MESSAGE_FORM_ID}
          name="subject"
          label={labels.subject}
          value={values.subject}
          error={errors.subject}
          maxLength={MAX_SUBJECT_LENGTH}
          required
        />
        <TextAreaField
          formId={MESSAGE_FORM_ID}
          name="body"
          label={labels.body}
          hint={t('admin.registrations.message.body.hint')}
          value={values.body}
          error={errors.body}
          rows={10}
          maxLength={MAX_BODY_LENGTH}
          required
        />
        <div class="actions">
          {/* Before the end there is one kind to send, so the button can say whom it reaches. */}
          <button type="submit">
            {props.hasEnded
              ? t('admin.registrations.message.send')
              : t('admin.registrations.message.sendTo', { count: confirmed + waiting })}
          </button>
        </div>
      </form>
    </section>
  );
}
