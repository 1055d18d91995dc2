/** What an erasure would touch, for the confirmation, and what it did. */
export interface ErasureSummary {
  isSubscriber: boolean;
  comments: number;
  /** Whether the comments are kept without a name (true) or removed. */
  anonymisesComments: boolean;
  /** Registrations for events (always removed). */
  registrations: number;
  signatures: number;
  /** Whether the signatures are kept as anonymous counted support (true) or removed. */
  anonymisesSignatures: boolean;
  queuedMail: number;
  isSuppressed: boolean;
  hasAccount: boolean;
}

/** True when erasing would touch nothing: the address is not known to the site as a reader. */
export function isNothingHeld(summary: ErasureSummary): boolean {
  return (
    !summary.isSubscriber &&
    summary.comments === 0 &&
    summary.registrations === 0 &&
    summary.signatures === 0 &&
    summary.queuedMail === 0 &&
    !summary.isSuppressed
  );
}
