import type { ParticipationSettingsInput } from '../../../domain/settings/participation-settings.ts';
import type { ParticipationSettingsValues } from '../../../views/admin/components/settings-participation-form.tsx';
import { textField } from './form-fields.ts';

/** The settings page's "Taking part" form as sent: every field, to save or to show again. */
export function readParticipationSettingsForm(body: unknown): ParticipationSettingsValues {
  return {
    registrationRetentionDays: textField(body, 'registrationRetentionDays').slice(0, 20),
    unconfirmedRetentionDays: textField(body, 'unconfirmedRetentionDays').slice(0, 20),
    anonymiseErasedSignatures: textField(body, 'anonymiseErasedSignatures') === 'yes' ? 'yes' : '',
    privacyContact: textField(body, 'privacyContact').slice(0, 400),
  };
}

/**
 * The sent form as the domain's input: a checkbox not sent is off; an empty number is refused
 * as not a number rather than read as 0 (which `Number('')` would make it).
 */
export function participationSettingsInput(
  values: ParticipationSettingsValues,
): ParticipationSettingsInput {
  const numberText = (text: string) => text.trim() || 'empty';
  return {
    registrationRetentionDays: numberText(values.registrationRetentionDays),
    unconfirmedRetentionDays: numberText(values.unconfirmedRetentionDays),
    anonymiseErasedSignatures: values.anonymiseErasedSignatures === 'yes',
    privacyContact: values.privacyContact,
  };
}
