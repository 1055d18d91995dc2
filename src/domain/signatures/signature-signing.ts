import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import {
  insertSignatureOnce,
  markSignatureConfirmed,
  selectSignaturesOfEmail,
  selectSigningOrganizationNames,
} from '../../db/repositories/signature-repository.ts';
import type { SignatureKind, SignatureStatus } from '../../db/schema.ts';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  GoneError,
  NotFoundError,
  ValidationError,
} from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { takeAttempts } from '../auth/attempt-limits.ts';
import { hashSecret } from '../auth/secret-token.ts';
import { MIN_FORM_AGE_MS } from '../comments/comment-abuse.ts';
import { formStampAge } from '../comments/form-stamp.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import type { MailQueue } from '../mail/mail-queue.ts';
import { parseInput } from '../validation.ts';
import {
  findSignatureToConfirm,
  signatureConfirmationToken,
  signatureTokenHash,
} from './signature-confirmation.ts';
import { type SignatureTarget, signingStateOf } from './signature-target.ts';

export const MAX_SIGNER_NAME_LENGTH = 200;
export const MAX_ORGANIZATION_LENGTH = 300;
export const MAX_COUNTRY_LENGTH = 100;
export const SIGNING_WINDOW_MS = 10 * 60 * 1000;
export const MAX_SIGNATURES_PER_EMAIL = 5;
export const MAX_SIGNATURES_PER_ADDRESS = 20;

/** What a reader sent, as the form names it. Anything may be missing or repeated. */
export interface SignatureInput {
  name?: unknown;
  email?: unknown;
  organization?: unknown;
  country?: unknown;
  /** `1` to be named in the list; absent: counted only. */
  listed?: unknown;
  /** `organization` or `individual`; absent: organisation when one is named. */
  signing_as?: unknown;
  /** The honeypot: people leave it empty. */
  website?: unknown;
  stamp?: unknown;
}

/** A field sent twice counts once: its first value. */
const single = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value: unknown) => (Array.isArray(value) ? (value[0] as unknown) : value), schema);

/** One line of text: control characters (a newline in a name) become spaces. */
const oneLine = (value: string) =>
  value
    .normalize('NFC')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

const lineOfText = (max: number) =>
  z
    .string('problem.maxCharacters')
    .transform(oneLine)
    .pipe(z.string().max(max, 'problem.maxCharacters'));

const signatureSchema = z
  .object({
    name: single(
      z
        .string('signatures.problem.nameNeeded')
        .transform(oneLine)
        .pipe(
          z
            .string()
            .min(1, 'signatures.problem.nameNeeded')
            .max(MAX_SIGNER_NAME_LENGTH, 'problem.maxCharacters'),
        ),
    ),
    email: single(
      z
        .string('problem.emailAddress')
        .trim()
        .toLowerCase()
        .max(320, 'problem.emailAddress')
        .pipe(z.email('problem.emailAddress')),
    ),
    organization: single(lineOfText(MAX_ORGANIZATION_LENGTH).optional()).transform(
      (value) => value ?? '',
    ),
    country: single(lineOfText(MAX_COUNTRY_LENGTH).optional()).transform((value) => value ?? ''),
    listed: single(z.unknown()).transform((value) => value === '1' || value === 'on'),
    signing_as: single(
      z.enum(['organization', 'individual'], 'signatures.problem.signingAs').optional(),
    ),
  })
  .transform((fields) => ({
    ...fields,
    kind: (fields.signing_as ??
      (fields.organization ? 'organization' : 'individual')) as SignatureKind,
  }));

/** The first value of a field sent once or more, as text. */
function firstText(value: unknown): string {
  const first = Array.isArray(value) ? (value[0] as unknown) : value;
  return typeof first === 'string' ? first : '';
}

/**
 * Whether the reader chose to sign for an organisation without naming it. Read from the raw
 * input rather than refined on the schema, so that it is reported with every other problem
 * at once (a schema's refinement waits until its fields are all valid).
 */
function lacksOrganization(input: SignatureInput): boolean {
  return firstText(input.signing_as) === 'organization' && !oneLine(firstText(input.organization));
}

/** Whether the honeypot holds anything: people never see it, so only a robot fills it. */
function isFilled(honeypot: unknown): boolean {
  if (Array.isArray(honeypot)) return honeypot.some(isFilled);
  return honeypot !== undefined && honeypot !== null && honeypot !== '';
}

/** An organisation's name as compared for duplicates: case, width and spacing flattened. */
export function organizationKey(name: string): string {
  return oneLine(name.normalize('NFKC')).toLocaleLowerCase('und');
}

/** Refuses a statement that does not take signatures now: 403 never on the site, 410 closed. */
export function requireSigningOpen(target: SignatureTarget, now: Date): void {
  const state = signingStateOf(target, now);
  if (state.kind === 'not-taking')
    throw new ForbiddenError(problem('signatures.problem.notTaking'));
  if (state.kind === 'closed') throw new GoneError(problem('signatures.problem.closed'));
}

/** Too fast, or the honeypot filled: one answer for both, so a robot learns nothing. */
function tooFast(): AppError {
  return new AppError('too_fast', 400, problem('signatures.problem.tooFast'));
}

/**
 * Counts this signing against the address's and the email's limits before any work (see
 * attempt-limits.ts), so parallel posts cannot all slip under them. Throws a 429.
 */
async function takeSigningAttempts(
  db: Db,
  options: { ip: string; email: string; now: Date },
): Promise<void> {
  await takeAttempts(
    db,
    [
      {
        key: `signature-address:${hashSecret(options.ip)}`,
        limit: MAX_SIGNATURES_PER_ADDRESS,
        windowMs: SIGNING_WINDOW_MS,
      },
      {
        key: `signature-email:${hashSecret(options.email)}`,
        limit: MAX_SIGNATURES_PER_EMAIL,
        windowMs: SIGNING_WINDOW_MS,
      },
    ],
    options.now,
    (seconds) => problem('signatures.problem.tooMany', { minutes: Math.ceil(seconds / 60) }),
  );
}

/**
 * A reader signs a call to action. The answer is the same whether the address is new,
 * waiting for its confirmation or already counted (never revealing which): a new signature
 * waits, unconfirmed, for the link its email carries; an unconfirmed one gets its email again.
 * Refusals keep nothing: 400 `too_fast` (or a filled honeypot), 403 not signed on this site,
 * 410 closed, 422 fields, 429 too many, 409 `organization_signed` (an organisation already
 * held or listed under this statement: anyone could type a union's name twice).
 */
export async function signStatement(
  db: Db,
  mailQueue: MailQueue,
  options: {
    target: SignatureTarget;
    input: SignatureInput;
    ip: string;
    language: string;
    now: Date;
  },
): Promise<void> {
  const { target, input, now } = options;
  if (isFilled(input.website)) throw tooFast();
  requireSigningOpen(target, now);
  const age = await formStampAge(db, input.stamp, now);
  if (age === null || age < MIN_FORM_AGE_MS) throw tooFast();
  const organizationProblem = lacksOrganization(input)
    ? { organization: problem('signatures.problem.organizationNeeded') }
    : undefined;
  const fields = parseInput(signatureSchema, input, {
    refuse: (problems) =>
      new ValidationError(problem('problem.fieldsNeedAttention'), {
        ...problems,
        ...organizationProblem,
      }),
  });
  if (organizationProblem) {
    throw new ValidationError(problem('problem.fieldsNeedAttention'), organizationProblem);
  }
  await takeSigningAttempts(db, { ip: options.ip, email: fields.email, now });

  const [existing] = await selectSignaturesOfEmail(db, {
    email: fields.email,
    statementId: target.id,
  });
  if (existing) {
    if (existing.status === 'unconfirmed') {
      await mailQueue.enqueue({
        kind: 'signature-confirmation',
        to: fields.email,
        refId: existing.id,
      });
    }
    return;
  }
  if (fields.kind === 'organization') {
    const key = organizationKey(fields.organization);
    const signed = await selectSigningOrganizationNames(db, target.id);
    if (signed.some((name) => organizationKey(name) === key)) {
      throw new ConflictError(
        problem('signatures.problem.organizationSigned'),
        { organization: problem('signatures.problem.organizationSignedField') },
        'organization_signed',
      );
    }
  }
  const id = randomUUID();
  // Computed before the insert: the key may be created on first use, outside any transaction.
  const tokenHash = signatureTokenHash(await signatureConfirmationToken(db, id));
  const isStored = await insertSignatureOnce(db, {
    id,
    statement_id: target.id,
    kind: fields.kind,
    name: fields.name,
    organization: fields.organization,
    country: fields.country,
    email: fields.email,
    // An organisation signs in its own name: it is listed once an editor approves it.
    listed: fields.kind === 'organization' || fields.listed ? 1 : 0,
    language: options.language.slice(0, 35),
    status: 'unconfirmed',
    confirm_token_hash: tokenHash,
    created_at: now.toISOString(),
    confirmed_at: null,
    moderated_at: null,
    moderated_by: null,
  });
  // Not stored: a parallel post from the same address came first, and sends the email.
  if (isStored) {
    await mailQueue.enqueue({ kind: 'signature-confirmation', to: fields.email, refId: id });
  }
}

/** What a confirmed signature became: named in the list, held for an editor, or counted only. */
export type ConfirmationOutcome = 'listed' | 'held' | 'counted';

/**
 * Confirms a signature from its email's link. An individual's counts at once (and is named
 * when they chose it), which changes the public page; an organisation's waits for an editor.
 * A link unknown, used, or whose statement is no longer public is a 404.
 */
export async function confirmSignature(
  db: Db,
  token: string,
  now: Date,
): Promise<{ outcome: ConfirmationOutcome; statement: SignatureTarget }> {
  const found = await findSignatureToConfirm(db, token, now);
  if (!found) throw new NotFoundError(problem('signatures.problem.unknownLink'));
  const status: SignatureStatus = found.kind === 'organization' ? 'held' : 'approved';
  const change = { id: found.signatureId, status, now: now.toISOString() };
  const isConfirmed =
    status === 'approved'
      ? await changePublicContent(db, (trx) => markSignatureConfirmed(trx, change))
      : await markSignatureConfirmed(db, change);
  if (!isConfirmed) throw new NotFoundError(problem('signatures.problem.unknownLink'));
  const outcome: ConfirmationOutcome =
    status === 'held' ? 'held' : found.isListed ? 'listed' : 'counted';
  return { outcome, statement: found.statement };
}
