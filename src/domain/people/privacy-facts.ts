import type { Db } from '../../db/connection.ts';
import { selectParticipationPresence } from '../../db/repositories/people-repository.ts';
import { getDialogueSettings } from '../settings/dialogue-settings.ts';
import { getParticipationSettings } from '../settings/participation-settings.ts';

/**
 * What the privacy page states, read from what the site actually does: which forms readers
 * can find, what the settings keep and for how long, and who to ask. Settings and published
 * items move the public content version, so a cached privacy page follows them; rows held
 * (a registration for an event since closed) only keep a section that an open form already
 * put on the page.
 */
export interface PrivacyFacts {
  comments: {
    isOffered: boolean;
    /** Commenters confirm their address by a link before the comment counts. */
    confirmsEmail: boolean;
    /** Erased commenters' comments stay without name (true) or go. */
    anonymisesErased: boolean;
  };
  /** Following by email is always offered (`/subscribe`). */
  subscriptions: { isOffered: true };
  registrations: { isOffered: boolean; retentionDays: number };
  signatures: { isOffered: boolean; anonymisesErased: boolean };
  /** Entries never confirmed are deleted after this many days. */
  unconfirmedRetentionDays: number;
  /** Where to ask for one's data (an email address), or empty for the About page. */
  contact: string;
  /**
   * Cookies set for readers. None: the only cookies the site sets are the admin's session
   * and form cookies (admin-session.ts), given to people who sign in to the admin.
   */
  readerCookies: readonly [];
}

export async function getPrivacyFacts(db: Db, now: Date): Promise<PrivacyFacts> {
  const [dialogue, participation, presence] = await Promise.all([
    getDialogueSettings(db),
    getParticipationSettings(db),
    selectParticipationPresence(db, now.toISOString()),
  ]);
  return {
    comments: {
      isOffered: dialogue.commentsOpen || presence.hasItemOpenForComments,
      confirmsEmail: dialogue.confirmCommenterEmail,
      anonymisesErased: dialogue.anonymiseErasedComments,
    },
    subscriptions: { isOffered: true },
    registrations: {
      isOffered: presence.hasRegistrations,
      retentionDays: participation.registrationRetentionDays,
    },
    signatures: {
      isOffered: presence.hasSignatures,
      anonymisesErased: participation.anonymiseErasedSignatures,
    },
    unconfirmedRetentionDays: participation.unconfirmedRetentionDays,
    contact: participation.privacyContact,
    readerCookies: [],
  };
}
