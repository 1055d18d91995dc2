import { createHmac } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import {
  type OrganiserSignatureRow,
  selectOrganiserSignature,
  selectUnconfirmedSignature,
} from '../../db/repositories/signature-repository.ts';
import { siteSecret } from '../../db/repositories/site-secret-repository.ts';
import type { SignatureKind } from '../../db/schema.ts';
import { hashSecret } from '../auth/secret-token.ts';
import { type SignatureTarget, findSignatureTargetById } from './signature-target.ts';

/**
 * The secret of a signature's confirmation link. It is derived from the signature's id with
 * a key of the site's rather than drawn at random, because the email is written at send time
 * from the queue's reference alone (the signature's id) and the queue holds no secrets; the
 * row keeps only its hash, which is how the link finds its signature.
 */
export async function signatureConfirmationToken(db: Db, signatureId: string): Promise<string> {
  const key = await siteSecret(db, 'signature-confirmations');
  return createHmac('sha256', key).update(`signature-confirm:${signatureId}`).digest('base64url');
}

export function signatureTokenHash(token: string): string {
  return hashSecret(token);
}

/** What a confirmation link names: a signature still waiting for it, under a public statement. */
export interface SignatureToConfirm {
  signatureId: string;
  kind: SignatureKind;
  isListed: boolean;
  statement: SignatureTarget;
}

/** The signature a confirmation link names while it waits and its statement is public; else undefined. */
export async function findSignatureToConfirm(
  db: Db,
  token: string,
  now: Date,
): Promise<SignatureToConfirm | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const signature = await selectUnconfirmedSignature(db, signatureTokenHash(token));
  if (!signature) return undefined;
  const statement = await findSignatureTargetById(db, signature.statement_id, now);
  if (!statement) return undefined;
  return {
    signatureId: signature.id,
    kind: signature.kind,
    isListed: signature.listed === 1,
    statement,
  };
}

/**
 * A signature and its public statement, for the email written about it at send time;
 * undefined when either is gone (the statement unpublished meanwhile sends nothing).
 */
export async function signatureForMail(
  db: Db,
  signatureId: string,
  now: Date,
): Promise<{ signature: OrganiserSignatureRow; statement: SignatureTarget } | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(signatureId)) return undefined;
  const signature = await selectOrganiserSignature(db, signatureId);
  if (!signature) return undefined;
  const statement = await findSignatureTargetById(db, signature.statement_id, now);
  return statement && { signature, statement };
}
