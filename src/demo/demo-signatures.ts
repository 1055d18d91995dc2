import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import type { SignatureKind, SignatureStatus, SignaturesTable } from '../db/schema.ts';

/**
 * Signatures under the demo's open call to action, so its page shows signatories and counts
 * and the moderation tab has an organisation's signature to check. Invented signers at
 * example.org addresses.
 */
export interface DemoSignature {
  /** The slug of the demo call to action. */
  on: string;
  kind: SignatureKind;
  name: string;
  organization: string;
  /** As the signer typed it, or '' for none. */
  country: string;
  email: string;
  isListed: boolean;
  /** Confirmed signatures only: an organisation's is held until approved, an individual's counts. */
  status: Extract<SignatureStatus, 'approved' | 'held'>;
  /** Always after the statement's own publication. */
  at: string;
}

const CHARTER = 'home-based-workers-charter';

export const demoSignatures: DemoSignature[] = [
  {
    on: CHARTER,
    kind: 'organization',
    name: 'Meena Ben Parmar',
    organization: 'Self Employed Women’s Association (SEWA)',
    country: 'India',
    email: 'meena.parmar@example.org',
    isListed: true,
    status: 'approved',
    at: '2021-05-29T08:10:00.000Z',
  },
  {
    on: CHARTER,
    kind: 'organization',
    name: 'Lorna Villanueva',
    organization: 'PATAMABA',
    country: 'Philippines',
    email: 'lorna.villanueva@example.org',
    isListed: true,
    status: 'approved',
    at: '2021-05-29T09:45:00.000Z',
  },
  {
    on: CHARTER,
    kind: 'organization',
    name: 'Kalpona Akter',
    organization: 'National Garment Workers Federation (NGWF)',
    country: 'Bangladesh',
    email: 'kalpona.akter@example.org',
    isListed: true,
    // Waiting for an editor: the moderation tab has work in it.
    status: 'held',
    at: '2021-05-30T04:20:00.000Z',
  },
  {
    on: CHARTER,
    kind: 'individual',
    name: 'Sarita Shrestha',
    organization: '',
    country: 'Nepal',
    email: 'sarita.shrestha@example.org',
    isListed: true,
    status: 'approved',
    at: '2021-05-29T11:00:00.000Z',
  },
  {
    on: CHARTER,
    kind: 'individual',
    name: 'Dewi Lestari',
    organization: 'Home-based workers’ group, Bandung',
    country: 'Indonesia',
    email: 'dewi.lestari@example.org',
    isListed: true,
    status: 'approved',
    at: '2021-05-30T02:30:00.000Z',
  },
  {
    on: CHARTER,
    kind: 'individual',
    name: 'Rina Begum',
    organization: '',
    country: 'Bangladesh',
    email: 'rina.begum@example.org',
    // Counted, never named: she chose not to be listed.
    isListed: false,
    status: 'approved',
    at: '2021-05-31T07:15:00.000Z',
  },
];

/**
 * Writes the demo's signatures straight into the table, already confirmed: the signing path's
 * checks (time on the page, rate limits, the email round trip) guard live requests, not a
 * loader. They need no demo record: removing their statement removes them.
 */
export async function insertDemoSignatures(db: Db): Promise<number> {
  const slugs = [...new Set(demoSignatures.map((signature) => signature.on))];
  const items = await db
    .selectFrom('content_items')
    .select(['id', 'slug', 'published_at'])
    .where('type', '=', 'statement')
    .where('slug', 'in', slugs)
    .execute();
  const itemBySlug = new Map(items.map((item) => [item.slug, item]));
  const rows: SignaturesTable[] = demoSignatures.map((signature) => {
    const item = itemBySlug.get(signature.on);
    if (!item) throw new Error(`No demo statement "${signature.on}" to sign.`);
    if (!item.published_at || Date.parse(signature.at) <= Date.parse(item.published_at)) {
      throw new Error(`The demo signature of ${signature.email} predates its statement.`);
    }
    const confirmedAt = new Date(Date.parse(signature.at) + 10 * 60 * 1000).toISOString();
    return {
      id: randomUUID(),
      statement_id: item.id,
      kind: signature.kind,
      name: signature.name,
      organization: signature.organization,
      country: signature.country,
      email: signature.email,
      listed: signature.isListed ? 1 : 0,
      language: 'en',
      status: signature.status,
      confirm_token_hash: null,
      created_at: signature.at,
      confirmed_at: confirmedAt,
      // An editor checked the organisations within a few hours, as a newsroom would.
      moderated_at:
        signature.kind === 'organization' && signature.status === 'approved'
          ? new Date(Date.parse(signature.at) + 3 * 60 * 60 * 1000).toISOString()
          : null,
      moderated_by: null,
    };
  });
  await db.insertInto('signatures').values(rows).execute();
  return rows.length;
}
