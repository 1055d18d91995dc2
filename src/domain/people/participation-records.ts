import type { RegistrationWithEvent } from '../../db/repositories/registration-repository.ts';
import type { SignatureWithStatement } from '../../db/repositories/signature-repository.ts';
import type { RegistrationStatus, SignatureKind, SignatureStatus } from '../../db/schema.ts';

/** One registration as its owner receives it in the export. */
export interface ExportedRegistration {
  id: string;
  event: { id: string; title: string; starts_at: string | null };
  name: string;
  organization: string;
  country: string;
  answers: { question: string; answer: string }[];
  language: string;
  time_zone: string;
  status: RegistrationStatus;
  created_at: string;
  confirmed_at: string | null;
  cancelled_at: string | null;
}

/** One signature as its owner receives it in the export. */
export interface ExportedSignature {
  id: string;
  statement: { id: string; title: string };
  kind: SignatureKind;
  name: string;
  organization: string;
  country: string;
  listed: boolean;
  status: SignatureStatus;
  created_at: string;
  confirmed_at: string | null;
  moderated_at: string | null;
}

/**
 * The stored answers (`[{ question, answer }]`, written by the registration form). A row
 * whose JSON is damaged still exports, with the raw text as one answer, rather than failing
 * the whole export: the person is owed what is held, however it is held.
 */
export function parseAnswers(stored: string): { question: string; answer: string }[] {
  try {
    const parsed: unknown = JSON.parse(stored);
    if (!Array.isArray(parsed)) throw new Error('not a list');
    return parsed.map((entry) => {
      const { question, answer } = (entry ?? {}) as Record<string, unknown>;
      return { question: String(question ?? ''), answer: String(answer ?? '') };
    });
  } catch {
    return stored ? [{ question: '', answer: stored }] : [];
  }
}

export function exportedRegistration(row: RegistrationWithEvent): ExportedRegistration {
  return {
    id: row.id,
    event: { id: row.event_id, title: row.event_title, starts_at: row.event_starts_at },
    name: row.name,
    organization: row.organization,
    country: row.country,
    answers: parseAnswers(row.answers),
    language: row.language,
    time_zone: row.time_zone,
    status: row.status,
    created_at: row.created_at,
    confirmed_at: row.confirmed_at,
    cancelled_at: row.cancelled_at,
  };
}

export function exportedSignature(row: SignatureWithStatement): ExportedSignature {
  return {
    id: row.id,
    statement: { id: row.statement_id, title: row.statement_title },
    kind: row.kind,
    name: row.name,
    organization: row.organization,
    country: row.country,
    listed: row.listed === 1,
    status: row.status,
    created_at: row.created_at,
    confirmed_at: row.confirmed_at,
    moderated_at: row.moderated_at,
  };
}

/**
 * Whether erasing these changes what readers see: an approved signature is counted (and
 * maybe listed) on its statement, a place taken changes an event's places left.
 */
export function touchesPublicPages(
  registrations: Pick<RegistrationWithEvent, 'status'>[],
  signatures: Pick<SignatureWithStatement, 'status'>[],
): boolean {
  return (
    registrations.some((row) => row.status === 'confirmed' || row.status === 'waiting') ||
    signatures.some((row) => row.status === 'approved')
  );
}
