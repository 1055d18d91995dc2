import type { Db } from '../../db/connection.ts';
import {
  type PublicSignatureRow,
  countApprovedSignatures,
  selectShownSignatures,
} from '../../db/repositories/signature-repository.ts';
import type { SignatureKind } from '../../db/schema.ts';
import { issueFormStamp } from '../comments/form-stamp.ts';
import type { StatementFields } from '../content-types/statement-fields.ts';
import { signingStateOf } from './signature-target.ts';

/**
 * How many of each list a statement's page draws. A call can gather thousands of names; the
 * page stays light and says how many more there are, and the feed and the organisers' CSV
 * carry them all.
 */
export const SHOWN_SIGNATURES_PER_LIST = 200;

/** A signature as readers see it. Never an email address. */
export interface PublicSignature {
  id: string;
  kind: SignatureKind;
  /** The signer's name: empty for an organisation, which signs as itself. */
  name: string;
  organization: string;
  country: string;
  /** When it was confirmed, UTC ISO. */
  signedAt: string;
}

/** What a statement's page shows of its signatures, and the form while it is open. */
export interface SignatureSection {
  /** Whether the statement takes signatures on this site at all (now or before its deadline). */
  isSignedHere: boolean;
  open: boolean;
  /** When signing closes or closed, UTC ISO. */
  closesAt: string | null;
  /** Approved organisations, and individuals counted (named or not). */
  counts: { organizations: number; individuals: number };
  /** Approved organisations, in the order they signed; at most {@link SHOWN_SIGNATURES_PER_LIST}. */
  organizations: PublicSignature[];
  /** Individuals who chose to be named, in the order they signed; bounded alike. */
  individuals: PublicSignature[];
  /** Named signatories beyond those drawn: organisations, then individuals. */
  more: { organizations: number; individuals: number };
  /** The form's signed drawing time (see form-stamp.ts); present while signing is open. */
  stamp: string | null;
}

export function toPublicSignature(row: PublicSignatureRow): PublicSignature {
  return {
    id: row.id,
    kind: row.kind,
    name: row.kind === 'organization' ? '' : row.name,
    organization: row.organization,
    country: row.country,
    signedAt: row.confirmed_at ?? '',
  };
}

/**
 * Everything a statement's page shows of its signatures. The lists are in the order people
 * signed rather than alphabetical: the first signatories keep their places as the list grows,
 * the query walks the (statement, status, confirmed_at) index, and no collation has to agree
 * across SQLite, PostgreSQL and the network's scripts (Khmer, Bengali, Devanagari …).
 */
export async function getSignatureSection(
  db: Db,
  statement: { id: string; fields: Record<string, unknown>; endsAt: string | null },
  now = new Date(),
): Promise<SignatureSection> {
  const fields = statement.fields as Partial<StatementFields>;
  const state = signingStateOf(
    {
      fields: { kind: fields.kind ?? 'press-release', signingOpen: fields.signingOpen ?? false },
      closesAt: statement.endsAt,
    },
    now,
  );
  const [counts, organizations, individuals] = await Promise.all([
    countApprovedSignatures(db, statement.id),
    selectShownSignatures(db, {
      statementId: statement.id,
      kind: 'organization',
      limit: SHOWN_SIGNATURES_PER_LIST,
    }),
    selectShownSignatures(db, {
      statementId: statement.id,
      kind: 'individual',
      limit: SHOWN_SIGNATURES_PER_LIST,
    }),
  ]);
  const open = state.kind === 'open';
  return {
    isSignedHere: state.kind !== 'not-taking',
    open,
    closesAt: statement.endsAt,
    counts: { organizations: counts.organizations, individuals: counts.individuals },
    organizations: organizations.map(toPublicSignature),
    individuals: individuals.map(toPublicSignature),
    more: {
      organizations: Math.max(0, counts.organizations - organizations.length),
      individuals: Math.max(0, counts.listedIndividuals - individuals.length),
    },
    stamp: open ? await issueFormStamp(db, now) : null,
  };
}

/** Every named signatory of a statement, newest first, as its feed lists them. */
export async function getSignatureFeedEntries(
  db: Db,
  statementId: string,
): Promise<PublicSignature[]> {
  const rows = await selectShownSignatures(db, { statementId, newestFirst: true });
  return rows.map(toPublicSignature);
}

/**
 * The section a statement's page draws, if any: a call to action signed on this site (open
 * or closed), or one that gathered signatures before it stopped being signed here. Press
 * releases cost no query.
 */
export async function getStatementSignatureSection(
  db: Db,
  statement: { id: string; fields: Record<string, unknown>; endsAt: string | null },
  now = new Date(),
): Promise<SignatureSection | undefined> {
  if ((statement.fields as Partial<StatementFields>).kind !== 'call-to-action') return undefined;
  const section = await getSignatureSection(db, statement, now);
  const total = section.counts.organizations + section.counts.individuals;
  return section.isSignedHere || total > 0 ? section : undefined;
}
