import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  type ErasureSummary,
  erasePersonalData,
  exportPersonalData,
  isNothingHeld,
  personalEmail,
  previewErasure,
} from '../../domain/people/personal-data.ts';
import { ValidationError } from '../../lib/errors.ts';
import { type CliCommand, CliError } from '../cli-io.ts';
import { openSite } from '../open-site.ts';

const usage = `inspir people export EMAIL FILE [--force]
       inspir people erase EMAIL [--dry-run]

Everything the site holds about one email address: subscription, comments, registrations for
events, signatures, mail to it. \`export\` writes it to FILE as JSON, readable only by you
(mode 0600); an existing FILE is kept unless --force. \`erase\` says what it erases and erases
it (comments and signatures are kept anonymised or removed, as the settings say); --dry-run
only says.`;

/** The address, or exit code 2 with why: nothing is opened for a mistyped one. */
function addressOf(text: string | undefined): string {
  try {
    return personalEmail(text ?? '');
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new CliError(`"${text ?? ''}" is not an email address.\n\nUsage: ${usage}`, 2);
    }
    throw error;
  }
}

function parse(args: string[], flag: 'force' | 'dry-run') {
  try {
    return parseArgs({
      args,
      options: { [flag]: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\nUsage: ${usage}`, 2);
  }
}

/** One line per kind of data the erasure touches, in the words of the admin's confirmation. */
export function describeErasure(summary: ErasureSummary): string[] {
  const lines: string[] = [];
  const plural = (count: number, one: string, many: string) =>
    `${count} ${count === 1 ? one : many}`;
  if (summary.isSubscriber)
    lines.push('their subscription, with what they follow and their consent: removed');
  if (summary.comments > 0) {
    lines.push(
      `${plural(summary.comments, 'comment', 'comments')}: ${
        summary.anonymisesComments ? 'kept without name, address or link' : 'removed'
      }`,
    );
  }
  if (summary.registrations > 0) {
    lines.push(
      `${plural(summary.registrations, 'registration', 'registrations')} for events: removed`,
    );
  }
  if (summary.signatures > 0) {
    lines.push(
      `${plural(summary.signatures, 'signature', 'signatures')}: ${
        summary.anonymisesSignatures ? 'kept as anonymous, unlisted support' : 'removed'
      }`,
    );
  }
  if (summary.queuedMail > 0) {
    lines.push(`${plural(summary.queuedMail, 'email', 'emails')} waiting to be sent: cancelled`);
  }
  if (summary.isSuppressed) lines.push('the record that their mail server refused mail: removed');
  return lines;
}

async function exportTo(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, 'force');
  const [emailText, file, ...extra] = positionals;
  if (!file || extra.length > 0)
    throw new CliError(`Give one EMAIL and one FILE.\n\nUsage: ${usage}`, 2);
  const email = addressOf(emailText);
  const target = path.resolve(file);
  if (!values.force && fs.existsSync(target)) {
    throw new CliError(`${target} exists already; add --force to replace it.`, 1);
  }
  const site = await openSite({ isDemoAllowed: false });
  try {
    const data = await exportPersonalData(site.database.db, email, { actor: null });
    // Written in full or not at all: a temporary file beside it, renamed into place.
    const temporary = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    fs.chmodSync(temporary, 0o600);
    fs.renameSync(temporary, target);
    console.log(`Wrote the data held about ${email} to ${target}.`);
  } finally {
    await site.database.close();
  }
}

async function erase(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, 'dry-run');
  const [emailText, ...extra] = positionals;
  if (extra.length > 0) throw new CliError(`Give one EMAIL.\n\nUsage: ${usage}`, 2);
  const email = addressOf(emailText);
  const site = await openSite({ isDemoAllowed: false });
  try {
    const { db } = site.database;
    const preview = await previewErasure(db, email);
    const accountNote = preview.hasAccount
      ? '\nThis address also signs in to the admin; accounts are not erased here (deactivate it on the Users page).'
      : '';
    if (isNothingHeld(preview)) {
      console.log(`The site holds nothing about ${email}; nothing to erase.${accountNote}`);
      return;
    }
    const lines = describeErasure(preview).map((line) => `  - ${line}`);
    if (values['dry-run']) {
      console.log(
        `Erasing ${email} would touch:\n${lines.join('\n')}\n(dry run: nothing was erased)${accountNote}`,
      );
      return;
    }
    console.log(`Erasing ${email}:\n${lines.join('\n')}`);
    const done = await erasePersonalData(db, email, { actor: null });
    console.log(
      `Erased.${describeErasure(done).length === 0 ? ' (It was gone already.)' : ''}${accountNote}`,
    );
  } finally {
    await site.database.close();
  }
}

export const peopleCommand: CliCommand = {
  name: 'people',
  summary: 'One address’s data: people export EMAIL FILE, people erase EMAIL',
  usage,
  async run(args) {
    const [action, ...rest] = args;
    if (action === 'export') return exportTo(rest);
    if (action === 'erase') return erase(rest);
    throw new CliError(`Unknown action "${action ?? ''}".\n\nUsage: ${usage}`, 2);
  },
};
